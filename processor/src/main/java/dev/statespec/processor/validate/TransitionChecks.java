package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.GroupModel;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.spec.TransitionEntryModel;
import dev.statespec.processor.spec.TransitionGraph;
import dev.statespec.processor.spec.TransitionRuleModel;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a spec's transitions: first what each table entry and rule names (types, groups, {@code
 * StateSpec.START} in a {@code from} only, each once, not nothing), then, on a spec without other
 * errors, what they mean together: a table with a first state, no rule that the table keeps from
 * ever running, no terminal type that the table lets leave without a rule to decide, and, as a
 * warning, no type that no transition reaches. The second kind waits for the first to be fixed, so
 * that a mistake the first kind reports (a refused type or rule) is not told again as the gap it
 * leaves in the graph.
 *
 * <p>Where what is wrong lies in a base spec the extension inherits (an entry that names a group the
 * extension joined), the problem goes on the extension itself, naming the base: a base's lines are
 * its own compile's.
 */
final class TransitionChecks {

  private final Diagnostics diagnostics;

  TransitionChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The sound entries and rules. */
  record Sound(List<TransitionEntryModel> entries, List<TransitionRuleModel> rules) {}

  /**
   * Reports what the entries and rules of {@code spec} name that is no type or group of it; returns
   * the sound entries and rules, each naming only sound types and groups, those left empty by
   * refused names left out.
   *
   * @param typeNames every well-formed type name
   * @param soundTypes the sound types
   * @param soundGroups the sound groups
   */
  Sound checkNames(SpecModel spec, Provenance provenance, Set<String> typeNames, Set<String> soundTypes,
      List<GroupModel> soundGroups) {
    Set<String> known = new LinkedHashSet<>(typeNames);
    spec.groups().forEach(group -> known.add(group.name()));
    Set<String> sound = new LinkedHashSet<>(soundTypes);
    soundGroups.forEach(group -> sound.add(group.name()));
    TransitionGraph declared = TransitionGraph.of(spec);
    List<TransitionEntryModel> entries = new ArrayList<>();
    for (TransitionEntryModel entry : spec.transitions()) {
      int before = diagnostics.errorCount();
      List<Ref> from = refs(provenance, entry.from(), "@Allow from", true, known, sound);
      List<Ref> to = refs(provenance, entry.to(), "@Allow to", false, known, sound);
      if (diagnostics.errorCount() == before) {
        checkNotEmpty(provenance, declared, entry.from(), entry.fromOrigin(), "@Allow from", "the entry");
        checkNotEmpty(provenance, declared, entry.to(), entry.toOrigin(), "@Allow to", "the entry");
      }
      if (!from.isEmpty() && !to.isEmpty()) {
        entries.add(entry.withRefs(from, to));
      }
    }
    List<TransitionRuleModel> rules = new ArrayList<>();
    for (TransitionRuleModel rule : spec.transitionRules()) {
      int before = diagnostics.errorCount();
      List<Ref> from = refs(provenance, rule.from(), "@OnTransition from", true, known, sound);
      List<Ref> to = refs(provenance, rule.to(), "@OnTransition to", false, known, sound);
      String subject = "rule " + provenance.name(rule.methodName() + "()", rule.origin());
      // Left empty, a rule's from or to stands for every type; written, it must stand for one.
      if (diagnostics.errorCount() == before) {
        if (!rule.from().isEmpty()) {
          checkNotEmpty(provenance, declared, rule.from(), rule.fromOrigin(), "@OnTransition from", subject);
        }
        if (!rule.to().isEmpty()) {
          checkNotEmpty(provenance, declared, rule.to(), rule.toOrigin(), "@OnTransition to", subject);
        }
      }
      if (diagnostics.errorCount() == before) {
        rules.add(rule.withRefs(from, to));
      }
    }
    return new Sound(entries, rules);
  }

  /**
   * Reports what the transitions of {@code spec}, a sound model, mean together: a table without a
   * first state, a rule the table never lets run, a terminal type the table lets leave with no rule
   * to decide; and warns of the types no transition reaches.
   */
  void checkGraph(SpecModel spec, Provenance provenance) {
    if (!spec.hasTransitionTable()) {
      return;
    }
    TransitionGraph graph = TransitionGraph.of(spec);
    for (TransitionRuleModel rule : spec.transitionRules()) {
      checkRuleRuns(spec, provenance, graph, rule);
    }
    for (TransitionEntryModel entry : spec.transitions()) {
      checkTerminalTypesStay(spec, provenance, graph, entry);
    }
    if (graph.starts().isEmpty()) {
      diagnostics.error(here(spec, provenance, spec.transitionsOrigin()), Problem.NO_START);
      return;
    }
    Set<String> reachable = graph.reachable();
    Set<String> told = new LinkedHashSet<>();
    for (StateTypeModel type : spec.types()) {
      if (!reachable.contains(type.name()) && told.add(type.name())) {
        diagnostics.warning(here(spec, provenance, type.origin()), Problem.UNREACHABLE_TYPE, provenance.type(type));
      }
    }
  }

  // A rule with a table runs only on the transitions the table allows: at least one.
  private void checkRuleRuns(SpecModel spec, Provenance provenance, TransitionGraph graph, TransitionRuleModel rule) {
    TransitionGraph.RuleTypes types = graph.ruleTypes(rule);
    List<String> froms = new ArrayList<>();
    if (types.start()) {
      froms.add(null);
    }
    froms.addAll(types.from());
    for (String from : froms) {
      for (String to : types.to()) {
        if (graph.allows(from, to)) {
          return;
        }
      }
    }
    List<String> fromNames = new ArrayList<>();
    if (types.start()) {
      fromNames.add("StateSpec.START");
    }
    fromNames.addAll(types.from());
    diagnostics.error(here(spec, provenance, rule.origin()), Problem.RULE_NEVER_RUNS,
        provenance.name(rule.methodName() + "()", rule.origin()), orNone(fromNames), orNone(types.to()));
  }

  // Each name of an entry's from that lets terminal types leave, with no rule to decide, is one mistake.
  private void checkTerminalTypesStay(SpecModel spec, Provenance provenance, TransitionGraph graph,
      TransitionEntryModel entry) {
    Set<String> terminal = new LinkedHashSet<>();
    spec.terminal().forEach(ref -> terminal.add(ref.name()));
    Set<String> to = graph.resolve(entry.to());
    for (Ref ref : entry.from()) {
      Map<String, List<String>> unruled = new LinkedHashMap<>();
      for (String from : graph.typesOf(ref.name())) {
        if (!terminal.contains(from)) {
          continue;
        }
        for (String next : to) {
          if (!graph.ruled(from, next)) {
            unruled.computeIfAbsent(from, type -> new ArrayList<>()).add(next);
          }
        }
      }
      if (unruled.isEmpty()) {
        continue;
      }
      String leaving = unruled.entrySet().stream()
          .flatMap(leave -> leave.getValue().stream().map(next -> leave.getKey() + " -> " + next))
          .collect(Collectors.joining(", "));
      String types = (unruled.size() == 1 ? "type " : "types ") + String.join(", ", unruled.keySet());
      diagnostics.error(here(spec, provenance, ref.origin()), Problem.TERMINAL_TRANSITION,
          "@Allow from " + provenance.quotedRef(ref), types, leaving);
    }
  }

  /**
   * Reports each of {@code refs} that names no type or group, or {@code StateSpec.START} where it has
   * no place, or a name listed before; returns the sound ones, each once.
   */
  private List<Ref> refs(Provenance provenance, List<Ref> refs, String what, boolean startAllowed, Set<String> known,
      Set<String> sound) {
    Map<String, Ref> seen = new LinkedHashMap<>();
    List<Ref> result = new ArrayList<>();
    for (Ref ref : refs) {
      boolean start = ref.name().equals(Names.START);
      if (start ? !startAllowed : !known.contains(ref.name())) {
        reportUnknown(ref, what, startAllowed, known);
      } else if (seen.putIfAbsent(ref.name(), ref) != null) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, what, provenance.quotedRef(seen.get(ref.name())));
      } else if (start || sound.contains(ref.name())) {
        result.add(ref);
      }
    }
    return result;
  }

  private void reportUnknown(Ref ref, String what, boolean startAllowed, Set<String> known) {
    List<String> alike = SpecValidator.alike(ref.name(), known);
    if (!alike.isEmpty()) {
      diagnostics.error(ref.origin(), Problem.TYPE_SPELLING, what, ref.name(), SpecValidator.orQuoted(alike));
      return;
    }
    List<String> names = new ArrayList<>(known);
    if (startAllowed) {
      names.add("StateSpec.START");
    }
    diagnostics.error(ref.origin(), Problem.UNKNOWN_TRANSITION_TYPE, what, ref.name(), String.join(", ", names));
  }

  // A from or to that stands for no type, and in a from not for StateSpec.START either, matches nothing.
  private void checkNotEmpty(Provenance provenance, TransitionGraph declared, List<Ref> refs, Origin origin,
      String what, String subject) {
    if (TransitionGraph.namesStart(refs) || !declared.resolve(refs).isEmpty()) {
      return;
    }
    diagnostics.error(origin, Problem.EMPTY_TRANSITION_TYPES, what, subject);
  }

  // Where a problem goes: where it lies, unless a base spec holds that; then on the spec itself.
  private static Origin here(SpecModel spec, Provenance provenance, Origin origin) {
    return provenance.inherited(origin) ? Origin.of(spec.element()) : origin;
  }

  private static String orNone(Collection<String> types) {
    return types.isEmpty() ? "no type" : String.join(", ", types);
  }
}
