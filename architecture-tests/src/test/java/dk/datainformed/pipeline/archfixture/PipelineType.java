package dk.datainformed.pipeline.archfixture;

/** A class in the pipeline's package tree, for the wrong-way fixture. */
public final class PipelineType {
  private PipelineType() {}

  /**
   * A method the fixture calls (a constant would be inlined and leave no dependency to find).
   *
   * @return a name
   */
  public static String name() {
    return "pipeline";
  }
}
