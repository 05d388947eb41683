package dk.datainformed.pipeline.archfixture;

/** A class in the pipeline's package tree, for the wrong-way fixture. */
public final class PipelineType {
  /** A constant the fixture reads. */
  public static final String NAME = "pipeline";

  private PipelineType() {}
}
