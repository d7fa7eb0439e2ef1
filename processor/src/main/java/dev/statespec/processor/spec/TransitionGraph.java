package dev.statespec.processor.spec;

import dev.statespec.processor.util.Names;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spec's transitions resolved to its types: which types a first state may be, which types may
 * follow each type, which transitions each rule runs on. Groups stand for their types in the spec
 * at hand, so that in an extension a base's entry or rule that names a group covers the types the
 * extension adds to it. Every set keeps the types' declaration order.
 *
 * <p>Built from a model whose every name resolves (a sound model, or the sound parts validation has
 * so far); a name that resolves to nothing stands for no type.
 */
public final class TransitionGraph {

  private final SpecModel spec;
  private final Set<String> allTypes = new LinkedHashSet<>();
  private final Set<String> starts;
  private final Map<String, Set<String>> successors = new LinkedHashMap<>();

  private TransitionGraph(SpecModel spec) {
    this.spec = spec;
    spec.types().forEach(type -> allTypes.add(type.name()));
    allTypes.forEach(type -> successors.put(type, new LinkedHashSet<>()));
    Set<String> startTypes = new LinkedHashSet<>();
    for (TransitionEntryModel entry : spec.transitions()) {
      Set<String> to = resolve(entry.to());
      if (namesStart(entry.from())) {
        startTypes.addAll(to);
      }
      for (String from : resolve(entry.from())) {
        successors.get(from).addAll(to);
      }
    }
    this.starts = inTypeOrder(startTypes);
    successors.replaceAll((type, next) -> inTypeOrder(next));
  }

  /**
   * The graph of {@code spec}.
   *
   * @param spec a model whose names resolve
   * @return its graph
   */
  public static TransitionGraph of(SpecModel spec) {
    return new TransitionGraph(spec);
  }

  /**
   * Every type of the spec, in declaration order.
   *
   * @return the types' constants
   */
  public Set<String> types() {
    return allTypes;
  }

  /**
   * The types {@code refs} stand for: each type named, and the types of each group named, once each
   * in declaration order; {@code StateSpec.START} stands for no type.
   *
   * @param refs names of types and groups as written
   * @return the types
   */
  public Set<String> resolve(List<Ref> refs) {
    Set<String> types = new LinkedHashSet<>();
    for (Ref ref : refs) {
      types.addAll(typesOf(ref.name()));
    }
    return inTypeOrder(types);
  }

  /**
   * The types one name stands for: a type itself, a group's types, none for {@code StateSpec.START} or
   * an unknown name.
   *
   * @param name a type's constant or a group's name
   * @return the types, in declaration order
   */
  public Set<String> typesOf(String name) {
    Set<String> types = new LinkedHashSet<>();
    if (allTypes.contains(name)) {
      types.add(name);
    } else {
      spec.group(name).ifPresent(group -> group.types().forEach(ref -> {
        if (allTypes.contains(ref.name())) {
          types.add(ref.name());
        }
      }));
    }
    return inTypeOrder(types);
  }

  /**
   * Whether {@code refs} name {@code StateSpec.START}, no state.
   *
   * @param refs names as written
   * @return whether one of them is {@code StateSpec.START}
   */
  public static boolean namesStart(List<Ref> refs) {
    return refs.stream().anyMatch(ref -> ref.name().equals(Names.START));
  }

  /**
   * The types a first state may be, by the table.
   *
   * @return the types, in declaration order; empty without a table
   */
  public Set<String> starts() {
    return starts;
  }

  /**
   * The types a state of {@code type} may be followed by, by the table.
   *
   * @param type a type's constant
   * @return the types, in declaration order
   */
  public Set<String> successors(String type) {
    return successors.getOrDefault(type, Set.of());
  }

  /**
   * Whether the table allows a state of {@code to} after one of {@code from}; every transition is
   * allowed when the spec has no table.
   *
   * @param from a type's constant, or null for no state
   * @param to a type's constant
   * @return whether it is allowed
   */
  public boolean allows(String from, String to) {
    if (!spec.hasTransitionTable()) {
      return true;
    }
    return from == null ? starts.contains(to) : successors(from).contains(to);
  }

  /**
   * The types a first state may reach through the table, the first states themselves included.
   *
   * @return the types, in declaration order
   */
  public Set<String> reachable() {
    Set<String> reached = new LinkedHashSet<>(starts);
    Deque<String> todo = new ArrayDeque<>(starts);
    while (!todo.isEmpty()) {
      for (String next : successors(todo.pop())) {
        if (reached.add(next)) {
          todo.push(next);
        }
      }
    }
    return inTypeOrder(reached);
  }

  /**
   * The transitions {@code rule} runs on, before the table is asked: the types its {@code from} and
   * {@code to} name (all of them when left empty), less, for a rule inherited from a base spec, the
   * types that spec does not have, since its rule takes that spec's states.
   *
   * @param rule a rule of the spec or of a base it extends
   * @return its types
   */
  public RuleTypes ruleTypes(TransitionRuleModel rule) {
    boolean anyFrom = rule.from().isEmpty();
    Set<String> from = new LinkedHashSet<>(anyFrom ? allTypes : resolve(rule.from()));
    Set<String> to = new LinkedHashSet<>(rule.to().isEmpty() ? allTypes : resolve(rule.to()));
    SpecModel owner = spec.specOf(rule.owner()).orElse(spec);
    if (owner != spec) {
      Set<String> ownerTypes = new LinkedHashSet<>();
      owner.types().forEach(type -> ownerTypes.add(type.name()));
      from.retainAll(ownerTypes);
      to.retainAll(ownerTypes);
    }
    return new RuleTypes(anyFrom || namesStart(rule.from()), from, to, allTypes);
  }

  /**
   * Whether some rule runs on the transition from {@code from} to {@code to}.
   *
   * @param from a type's constant, or null for no state
   * @param to a type's constant
   * @return whether a rule of the spec (inherited ones included) matches it
   */
  public boolean ruled(String from, String to) {
    return spec.transitionRules().stream().anyMatch(rule -> ruleTypes(rule).matches(from, to));
  }

  /**
   * The groups of the spec that hold {@code type}, in declaration order.
   *
   * @param type a type's constant
   * @return the groups' names
   */
  public List<String> groupsOf(String type) {
    return spec.groups().stream()
        .filter(group -> group.types().stream().anyMatch(ref -> ref.name().equals(type)))
        .map(GroupModel::name)
        .toList();
  }

  private Set<String> inTypeOrder(Set<String> types) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String type : allTypes) {
      if (types.contains(type)) {
        ordered.add(type);
      }
    }
    return ordered;
  }

  /**
   * The transitions a rule runs on.
   *
   * @param start whether it runs on a first state (no state before)
   * @param from the types of the state before it runs on
   * @param to the types of the proposed state it runs on
   * @param all every type of the spec, to tell a set that holds them all
   */
  public record RuleTypes(boolean start, Set<String> from, Set<String> to, Set<String> all) {

    /**
     * Whether the rule runs on the transition from {@code from} to {@code to}.
     *
     * @param from a type's constant, or null for no state
     * @param to a type's constant
     * @return whether it matches
     */
    public boolean matches(String from, String to) {
      return (from == null ? start : this.from.contains(from)) && this.to.contains(to);
    }

    /**
     * Whether it runs on states before of every type.
     *
     * @return whether {@code from} holds every type
     */
    public boolean fromAll() {
      return from.equals(all);
    }

    /**
     * Whether it runs on proposed states of every type.
     *
     * @return whether {@code to} holds every type
     */
    public boolean toAll() {
      return to.equals(all);
    }
  }
}
