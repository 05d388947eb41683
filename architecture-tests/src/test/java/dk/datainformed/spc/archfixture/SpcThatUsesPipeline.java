package dk.datainformed.spc.archfixture;

import dk.datainformed.pipeline.archfixture.PipelineType;

/** A wrong-way dependency on purpose: SPC sits below the pipeline and must never use it. */
public final class SpcThatUsesPipeline {
  private SpcThatUsesPipeline() {}

  /**
   * Uses the pipeline.
   *
   * @return the pipeline type's name
   */
  public static String use() {
    return PipelineType.name();
  }
}
