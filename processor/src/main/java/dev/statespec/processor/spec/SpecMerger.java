package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a spec with the base spec it extends into the one model the generators see.
 *
 * <p>An extension adds and never removes: the base's types, groups, named states, details fields,
 * rules, reset fields and schema descriptions come first, the extension's after them. A group it
 * declares with a base group's name adds its types to that group (the union, the base's first). It may mark more
 * types terminal, add entries to the transitions table and transition rules (run after the base's), and it may
 * replace what is a choice rather than a list of facts: {@code hashKey}
 * and {@code countOrder} (a new type is appended to an inherited count order). Its own types are
 * written by its wire rule, or by its base's when it states none; the base's types keep their wire
 * values, whatever the extension says. Everything else that would change the base (a type or field
 * declared again, a second rule for an inherited factory, another wire rule or an inherited type's
 * wire value) is left in the merged model for the validator to report, on the extension's line.
 */
public final class SpecMerger {

  private SpecMerger() {}

  /**
   * {@code own} on top of {@code base}, keeping {@code own}'s declaration and {@code base} itself for
   * validation.
   *
   * @param base the model of the spec extended, itself merged with its base
   * @param own the model of the extension, read on its own
   * @return the merged model
   */
  public static SpecModel merge(SpecModel base, SpecModel own) {
    Set<String> terminalNames = new LinkedHashSet<>();
    List<Ref> terminal = new ArrayList<>(base.terminal());
    base.terminal().forEach(ref -> terminalNames.add(ref.name()));
    for (Ref ref : own.terminal()) {
      if (terminalNames.add(ref.name())) {
        terminal.add(ref);
      }
    }
    WireCase wireCase = own.wireCaseOrigin() != null ? own.wireCase() : base.wireCase();
    List<StateTypeModel> types = new ArrayList<>();
    for (StateTypeModel type : base.types()) {
      types.add(new StateTypeModel(type.name(), terminalNames.contains(type.name()), type.wireValue(), type.origin()));
    }
    for (StateTypeModel type : own.types()) {
      types.add(new StateTypeModel(type.name(), terminalNames.contains(type.name()),
          WireValueModel.resolve(type.name(), wireCase, own.wireValues()), type.origin()));
    }

    return SpecModel.builder(own.element(), own.specClass())
        .javadoc(own.javadoc())
        .types(types)
        .terminal(terminal)
        .groups(groups(base, own))
        .namedStates(concat(base.namedStates(), own.namedStates()))
        .detailsOrigin(own.detailsOrigin() != null ? own.detailsOrigin() : base.detailsOrigin())
        .detailsJavadoc(own.detailsJavadoc() != null ? own.detailsJavadoc() : base.detailsJavadoc())
        .detailsFields(concat(base.detailsFields(), own.detailsFields()))
        .reset(union(base.reset(), own.reset()))
        .hashKey(own.hashKey().isEmpty() ? base.hashKey() : own.hashKey())
        .countOrder(countOrder(base, own))
        .wireCase(wireCase)
        .wireCaseOrigin(own.wireCaseOrigin())
        .wireValues(concat(base.wireValues(), own.wireValues()))
        .factoryRules(concat(base.factoryRules(), own.factoryRules()))
        .buildRules(concat(base.buildRules(), own.buildRules()))
        .transitions(concat(base.transitions(), own.transitions()))
        .transitionsOrigin(own.transitionsOrigin() != null ? own.transitionsOrigin() : base.transitionsOrigin())
        .transitionRules(concat(base.transitionRules(), own.transitionRules()))
        .schema(new SchemaModel(
            own.schema().typeDescription() != null ? own.schema().typeDescription() : base.schema().typeDescription(),
            union(base.schema().required(), own.schema().required()),
            concat(base.schema().fields(), own.schema().fields()),
            own.schema().detailsJavadoc()))
        .declaration(own.declaration())
        .base(base)
        .generatedVisible(own.generatedVisible())
        .build();
  }

  // The base's groups, each joined by the extension's first group of its name; then the extension's others.
  private static List<GroupModel> groups(SpecModel base, SpecModel own) {
    List<GroupModel> groups = new ArrayList<>(base.groups());
    Set<String> joined = new LinkedHashSet<>();
    for (GroupModel group : own.groups()) {
      int index = indexOf(groups, group.name());
      if (index < 0 || index >= base.groups().size() || !joined.add(group.name())) {
        groups.add(group); // a new group, or one declared again, which validation reports
        continue;
      }
      GroupModel inherited = groups.get(index);
      Set<String> listed = new LinkedHashSet<>();
      inherited.types().forEach(ref -> listed.add(ref.name()));
      List<Ref> types = new ArrayList<>(inherited.types());
      for (Ref ref : group.types()) {
        if (!listed.contains(ref.name())) { // repeating an inherited member is harmless; a repeat of its own is reported
          types.add(ref);
        }
      }
      groups.set(index, new GroupModel(inherited.name(), types, inherited.origin()));
    }
    return groups;
  }

  private static int indexOf(List<GroupModel> groups, String name) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  // The extension's own order, or the base's with the extension's new types appended.
  private static List<Ref> countOrder(SpecModel base, SpecModel own) {
    if (!own.countOrder().isEmpty() || base.countOrder().isEmpty()) {
      return own.countOrder();
    }
    List<Ref> order = new ArrayList<>(base.countOrder());
    Set<String> listed = new LinkedHashSet<>();
    order.forEach(ref -> listed.add(ref.name()));
    for (StateTypeModel type : own.types()) {
      if (listed.add(type.name())) { // a type declared again is reported as such, not here too
        order.add(new Ref(type.name(), type.origin()));
      }
    }
    return order;
  }

  // Both lists, a name the base already lists left out: repeating an inherited reset field is harmless.
  private static List<Ref> union(List<Ref> base, List<Ref> own) {
    Set<String> names = new LinkedHashSet<>();
    base.forEach(ref -> names.add(ref.name()));
    List<Ref> result = new ArrayList<>(base);
    for (Ref ref : own) {
      if (!names.contains(ref.name())) {
        result.add(ref);
      }
    }
    return result;
  }

  private static <T> List<T> concat(List<T> base, List<T> own) {
    List<T> result = new ArrayList<>(base);
    result.addAll(own);
    return result;
  }
}
