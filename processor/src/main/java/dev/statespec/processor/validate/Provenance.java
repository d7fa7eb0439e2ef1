package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FactoryRuleModel;
import dev.statespec.processor.spec.GroupModel;
import dev.statespec.processor.spec.NamedStateModel;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import javax.lang.model.element.TypeElement;

/**
 * How a message names a part of the spec being checked: as the message writes it, followed, when
 * the spec inherited the part rather than declared it, by the base spec that declares it, as in
 * {@code orderId() (inherited from base.PipelineBase)}. Through a chain
 * of bases that is the spec whose interface holds the part, not always the nearest base. A spec
 * that extends nothing declares every part, so its messages read as they always have.
 */
final class Provenance {

  private final SpecModel spec;

  /** Names the parts of {@code spec}, the spec being checked, merged with its bases. */
  Provenance(SpecModel spec) {
    this.spec = spec;
  }

  /** The spec interface that holds {@code origin}: the checked spec's own, or one of its bases'. */
  TypeElement declaringSpec(Origin origin) {
    for (SpecModel current = spec; current != null; current = current.base()) {
      if (origin.liesIn(current.element())) {
        return current.element();
      }
    }
    return spec.element();
  }

  /** Whether the checked spec inherited what {@code origin} points at from a base spec. */
  boolean inherited(Origin origin) {
    return !declaringSpec(origin).equals(spec.element());
  }

  /** {@code text}, with {@code " (inherited from base.Spec)"} after it when {@code origin} lies in a base. */
  String name(String text, Origin origin) {
    return inherited(origin) ? text + " (inherited from " + declaringSpec(origin).getQualifiedName() + ")" : text;
  }

  /** A type's constant, {@code BUILDING}. */
  String type(StateTypeModel type) {
    return name(type.name(), type.origin());
  }

  /** A type's constant in quotes, {@code "DONE"}. */
  String quotedType(StateTypeModel type) {
    return name(quoted(type.name()), type.origin());
  }

  /** What a type generates besides its constant, {@code state type BUILDING}. */
  String stateType(StateTypeModel type) {
    return name("state type " + type.name(), type.origin());
  }

  /** A name as a list writes it, in quotes, {@code "DONE"}. */
  String quotedRef(Ref ref) {
    return name(quoted(ref.name()), ref.origin());
  }

  /** {@code group ACTIVE}. */
  String group(GroupModel group) {
    return name("group " + group.name(), group.origin());
  }

  /** {@code named state Delayed}. */
  String namedState(NamedStateModel named) {
    return name("named state " + named.name(), named.origin());
  }

  /** A details field by its accessor, {@code orderId()}. */
  String field(DetailsFieldModel field) {
    return name(field.name() + "()", field.origin());
  }

  /** A rule by its method, {@code delay()}. */
  String rule(FactoryRuleModel rule) {
    return name(rule.methodName() + "()", rule.origin());
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
