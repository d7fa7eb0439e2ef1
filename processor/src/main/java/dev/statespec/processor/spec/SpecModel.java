package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything the processor knows about one spec, read from its interface; the generators work from
 * this alone. Names that refer to other parts of the spec are kept as {@link Ref}s: validation
 * checks them, and a spec with errors never reaches the generators, so generators may resolve them
 * without checks.
 *
 * @param element the spec interface: the position of spec-level errors and the originating element
 *     of every generated file
 * @param specClass the spec interface's name, for calls to its rules
 * @param javadoc the spec's Javadoc, or null
 * @param types the state types in declaration order
 * @param terminal the types the spec lists as terminal
 * @param namedStates the named states in declaration order
 * @param detailsOrigin the {@code @StateSpec.Details} interface, or null when the spec has none
 * @param detailsJavadoc that interface's Javadoc, or null
 * @param detailsFields the details fields in declaration order
 * @param reset the state fields {@code resetFields()} renews and {@code equals} ignores
 * @param hashKey what {@code hashCode} hashes, empty for everything {@code equals} compares
 * @param countOrder the key order of {@code CountByState}, empty for the types' order
 * @param factoryRules the {@code @StateSpec.Factory} rules
 * @param buildRules the {@code @StateSpec.OnBuild} rules
 * @param schema what the spec says about its JSON Schema
 */
public record SpecModel(
    TypeElement element,
    ClassName specClass,
    String javadoc,
    List<StateTypeModel> types,
    List<Ref> terminal,
    List<NamedStateModel> namedStates,
    Origin detailsOrigin,
    String detailsJavadoc,
    List<DetailsFieldModel> detailsFields,
    List<Ref> reset,
    List<Ref> hashKey,
    List<Ref> countOrder,
    List<FactoryRuleModel> factoryRules,
    List<BuildRuleModel> buildRules,
    SchemaModel schema) {

  /** The names of the classes generated for this spec. */
  public GeneratedNames names() {
    return new GeneratedNames(specClass.packageName());
  }

  /** The type called {@code name}, if the spec declares one. */
  public Optional<StateTypeModel> type(String name) {
    return types.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  /** The types in {@code CountByState}'s key order. */
  public List<StateTypeModel> typesInCountOrder() {
    if (countOrder.isEmpty()) {
      return types;
    }
    List<StateTypeModel> result = new ArrayList<>();
    for (Ref ref : countOrder) {
      result.add(type(ref.name()).orElseThrow());
    }
    return result;
  }

  /** Whether {@code field} is a reset field. */
  public boolean isReset(StateField field) {
    return reset.stream().anyMatch(ref -> ref.name().equals(field.javaName()));
  }

  /** The factory rule that shapes the factory of state name {@code stateName}, if any. */
  public Optional<FactoryRuleModel> factoryRuleFor(String stateName) {
    for (FactoryRuleModel rule : factoryRules) {
      for (Ref ref : rule.factories()) {
        if (ref.name().equals(stateName)) {
          return Optional.of(rule);
        }
      }
    }
    return Optional.empty();
  }

  /** The build rules that apply to states of {@code type}, in declaration order. */
  public List<BuildRuleModel> buildRulesFor(StateTypeModel type) {
    List<BuildRuleModel> result = new ArrayList<>();
    for (BuildRuleModel rule : buildRules) {
      if (rule.types().stream().anyMatch(ref -> ref.name().equals(type.name()))) {
        result.add(rule);
      }
    }
    return result;
  }
}
