package dev.statespec.processor.golden;

import dev.statespec.processor.testing.Specs;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A spec whose generated files are pinned by golden files: the folder they live in, the sources
 * compiled together, and the base spec compiled first, whose class files alone the sources are
 * compiled against, as a user's build compiles an extension against a jar.
 *
 * @param name the folder of its golden files under {@code src/test/resources/golden/}
 * @param sources the sources compiled together
 * @param base the base spec's sources, or empty
 */
record GoldenSpec(String name, List<JavaFileObject> sources, List<JavaFileObject> base) {

  /** Every spec the project compiles in its tests. */
  static List<GoldenSpec> all() {
    return List.of(
        new GoldenSpec("prefect", List.of(Specs.PREFECT), List.of()),
        new GoldenSpec("pipeline", Specs.PIPELINE, List.of()),
        new GoldenSpec("airflow", Specs.AIRFLOW, List.of()),
        new GoldenSpec("review", List.of(Specs.REVIEW), List.of()),
        new GoldenSpec("tickets", List.of(Specs.TICKETS), List.of()),
        new GoldenSpec("wire", List.of(Specs.WIRE), List.of()),
        new GoldenSpec("pipeline-base", List.of(Specs.PIPELINE_BASE), List.of()),
        new GoldenSpec("gated-pipeline", List.of(Specs.GATED_PIPELINE), List.of(Specs.PIPELINE_BASE)));
  }

  @Override
  public String toString() {
    return name;
  }
}
