package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.spec.GeneratedNames;
import dev.statespec.processor.spec.SpecModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The source files generated for one spec, in the order they are written: {@code StateType},
 * {@code StateDetails}, {@code CountByState}, {@code State}, {@code States}, and {@code StatePolicy}
 * for a spec with a transitions table or transition rules.
 *
 * <p>A spec with errors is generated too, from its sound part, so that every class the rest of the
 * compile names exists. Only a spec that has the name of a class generated beside it (a mistake,
 * reported) is that class itself: that class is left out, and so is every class whose code names it.
 */
public final class SpecSources {

  private SpecSources() {}

  /**
   * The source files of {@code spec}, all of them unless the spec itself is one of them.
   *
   * @param spec the spec's sound model
   * @return the files, in the order they are written
   */
  public static List<JavaFile> generate(SpecModel spec) {
    GeneratedNames names = spec.names();
    List<Source> sources = List.of(
        new Source(names.stateType(), List.of(), new StateTypeGenerator()::generate),
        new Source(names.stateDetails(), List.of(), new StateDetailsGenerator()::generate),
        new Source(names.countByState(), List.of(names.stateType()), new CountByStateGenerator()::generate),
        new Source(names.state(), List.of(names.stateType(), names.stateDetails()), new StateGenerator()::generate),
        new Source(names.factories(), List.of(names.stateType(), names.stateDetails(), names.state()),
            new FactoriesGenerator()::generate),
        new Source(names.statePolicy(), List.of(names.stateType(), names.stateDetails(), names.state()),
            new StatePolicyGenerator()::generate));
    Set<ClassName> leftOut = new HashSet<>();
    List<JavaFile> files = new ArrayList<>();
    for (Source source : sources) {
      if (source.name().equals(names.statePolicy()) && !spec.hasPolicy()) {
        continue;
      }
      if (source.name().equals(spec.specClass()) || source.names().stream().anyMatch(leftOut::contains)) {
        leftOut.add(source.name());
      } else {
        files.add(source.generator().apply(spec));
      }
    }
    return files;
  }

  /**
   * One generated class.
   *
   * @param name the class
   * @param names the other generated classes its code names (its Javadoc aside)
   * @param generator what writes it
   */
  private record Source(ClassName name, List<ClassName> names, Function<SpecModel, JavaFile> generator) {}
}
