package dev.statespec.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.BuildRuleModel;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FactoryRuleModel;
import dev.statespec.processor.spec.GroupModel;
import dev.statespec.processor.spec.NamedStateModel;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.RuleParameter;
import dev.statespec.processor.spec.SchemaModel;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.spec.TransitionRuleModel;
import dev.statespec.processor.spec.WireValueModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Checks a {@link SpecModel}: first how the spec is declared ({@link DeclarationChecks}) and what it
 * extends ({@link ExtensionChecks}), then, here, that its parts fit together: every name refers to
 * something the spec declares, nothing is declared twice, nothing generated would collide. Every
 * problem is reported, on the string or element that holds it, in one pass.
 *
 * <p>Validation returns the spec's sound part: the model less every part a problem was reported on,
 * and less whatever names a part left out (a terminal entry of a refused type, a hash key of a
 * refused field), so that every name in it resolves and everything generated from it compiles. A
 * spec with errors is generated from its sound part, so that the classes the rest of a compile names
 * exist and the spec's mistakes are its only errors. A spec without errors is its own sound part.
 */
public final class SpecValidator {

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern BLANKS_AND_UNDERSCORES = Pattern.compile("[\\s_]+");

  /** Methods every generated value class has, which a details field or count accessor must not shadow. */
  private static final Set<String> VALUE_METHODS = Set.of("builder", "toBuilder", "toMap", "fromMap",
      "validateList", "resetFields", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
      "wait", "clone", "finalize");

  /** The static fields of the generated {@code StateType} beside its constants. */
  private static final Set<String> RESERVED_CONSTANTS = Set.of("TERMINAL_STATES", "WIRE_VALUES");

  /** Names the generated factories use for their own parameters and locals. */
  private static final Set<String> FACTORY_LOCALS = Set.of("options", "builder");

  /**
   * The most state types and groups a spec may declare together. The generated {@code StateType}
   * constructs its constants in its static initializer, one method of at most 64 KB, at up to 23
   * bytes of code each, and sets each group's set there at 6 more (its sets are made by methods of
   * their own at such sizes): javac compiles 2,852 types, and finds 2,855 "code too large".
   */
  static final int MAX_TYPES = 2_800;

  /**
   * The most details fields a spec may declare. The generated builder's copy constructor sets every
   * field, after the field's initializer, in one method of at most 64 KB: up to 22 bytes of code a
   * field (a decimal with a default, {@code new BigDecimal("2.50")}), the most of any member; javac
   * compiles 2,950 such fields, and finds 3,000 "code too large". (Of plain fields, equals finds
   * about 4,000 too many.)
   */
  static final int MAX_FIELDS = 2_900;

  private final Diagnostics diagnostics;
  private final DeclarationChecks declarationChecks;
  private final ExtensionChecks extensionChecks;
  private final TransitionChecks transitionChecks;

  /**
   * A validator that reports through {@code diagnostics}.
   *
   * @param diagnostics where problems go
   */
  public SpecValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.declarationChecks = new DeclarationChecks(diagnostics);
    this.extensionChecks = new ExtensionChecks(diagnostics);
    this.transitionChecks = new TransitionChecks(diagnostics);
  }

  /** The message of every problem of {@code spec} in the order found, none if it is sound; prints nothing. */
  static List<String> problemsOf(SpecModel spec) {
    Diagnostics quiet = Diagnostics.quiet();
    new SpecValidator(quiet).validate(spec);
    return quiet.quietMessages();
  }

  /**
   * Reports every problem of {@code spec} and returns its sound part, from which it is generated:
   * {@code spec} less what was refused. When nothing is reported it equals {@code spec} part by part.
   *
   * @param spec the model as read, merged with its base
   * @return the sound part
   */
  public SpecModel validate(SpecModel spec) {
    int errorsBefore = diagnostics.errorCount();
    boolean ownRulesCallable = declarationChecks.check(spec);
    boolean inheritedRulesCallable = extensionChecks.check(spec);
    Provenance provenance = new Provenance(spec);
    Set<String> typeNames = new LinkedHashSet<>();
    List<StateTypeModel> types = new ArrayList<>(validateTypes(spec, provenance, typeNames));
    Set<String> unreadable = validateWireValues(spec, provenance, typeNames);
    types.removeIf(type -> unreadable.contains(type.name()));
    boolean typesPastLimit = types.size() > MAX_TYPES;
    if (typesPastLimit) {
      reportTooManyTypes(spec, types.get(MAX_TYPES).origin());
      types.subList(MAX_TYPES, types.size()).clear();
    }
    Set<String> soundTypes = new LinkedHashSet<>();
    types.forEach(type -> soundTypes.add(type.name()));
    List<GroupModel> groups = new ArrayList<>(validateGroups(spec, provenance, typeNames, soundTypes));
    if (types.size() + groups.size() > MAX_TYPES) {
      // Past the limit too: the groups after the last type or group StateType can hold.
      int room = MAX_TYPES - types.size();
      if (!typesPastLimit) {
        reportTooManyTypes(spec, groups.get(room).origin());
      }
      groups.subList(room, groups.size()).clear();
    }
    List<Ref> terminal = validateTypeRefs(provenance, spec.terminal(), "terminal", typeNames, soundTypes);
    List<Ref> countOrder = validateCountOrder(spec, provenance, typeNames, soundTypes);
    Set<String> factoryKeys = new LinkedHashSet<>();
    List<NamedStateModel> namedStates = validateNamedStates(spec, provenance, typeNames, types, factoryKeys);
    Set<String> soundFactories = new LinkedHashSet<>();
    types.forEach(type -> soundFactories.add(type.name()));
    namedStates.forEach(named -> soundFactories.add(named.name()));
    List<FactoryRuleModel> factoryRules = validateFactoryRules(spec, provenance, factoryKeys, soundFactories);
    List<BuildRuleModel> buildRules = new ArrayList<>();
    for (BuildRuleModel rule : spec.buildRules()) {
      List<Ref> ruleTypes = validateBuildRuleTypes(spec, provenance, rule.types(), typeNames, soundTypes);
      buildRules.add(new BuildRuleModel(rule.owner(), rule.detailsType(), rule.methodName(), ruleTypes, rule.origin()));
    }
    List<DetailsFieldModel> detailsFields = new ArrayList<>(validateDetails(spec, provenance));
    if (detailsFields.size() > MAX_FIELDS) {
      diagnostics.error(detailsFields.get(MAX_FIELDS).origin(), Problem.TOO_MANY_FIELDS,
          count(spec.detailsFields().size()), count(MAX_FIELDS));
      detailsFields.subList(MAX_FIELDS, detailsFields.size()).clear();
    }
    List<Ref> reset = validateReset(spec, provenance);
    List<Ref> hashKey = validateHashKey(spec, provenance, reset, detailsFields);
    SchemaModel schema = validateSchema(spec, provenance, detailsFields);
    TransitionChecks.Sound transitions = transitionChecks.checkNames(spec, provenance, typeNames, soundTypes, groups);
    SpecModel sound = spec.toBuilder()
        .types(types)
        .groups(groups)
        .terminal(terminal)
        .countOrder(countOrder)
        .namedStates(namedStates)
        .factoryRules(callable(spec, factoryRules, FactoryRuleModel::owner, ownRulesCallable, inheritedRulesCallable))
        .buildRules(callable(spec, buildRules, BuildRuleModel::owner, ownRulesCallable, inheritedRulesCallable))
        .transitions(transitions.entries())
        .transitionRules(callable(spec, transitions.rules(), TransitionRuleModel::owner, ownRulesCallable,
            inheritedRulesCallable))
        .detailsFields(detailsFields)
        .reset(reset)
        .hashKey(hashKey)
        .schema(schema)
        // A base with errors may have no generated classes for the conversions to name.
        .base(inheritedRulesCallable ? spec.base() : null)
        .build();
    // What the transitions mean together is told once the spec has no other mistake: a refused type or
    // rule would otherwise be told again as the gap it leaves.
    if (diagnostics.errorCount() == errorsBefore) {
      transitionChecks.checkGraph(sound, provenance);
    }
    return sound;
  }

  /** Reports, on the first type or group past {@link #MAX_TYPES}, that the spec declares too many. */
  private void reportTooManyTypes(SpecModel spec, Origin first) {
    String declared = count(spec.types().size()) + " state types";
    if (!spec.groups().isEmpty()) {
      declared += " and " + count(spec.groups().size()) + (spec.groups().size() == 1 ? " group" : " groups");
    }
    diagnostics.error(first, Problem.TOO_MANY_TYPES, declared, count(MAX_TYPES));
  }

  /** {@code 2,800}: a count as a message writes it. */
  private static String count(int count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** The rules generated classes can call: none of a hidden spec, and none inherited from a base with errors. */
  private static <R> List<R> callable(SpecModel spec, List<R> rules, Function<R, ClassName> owner, boolean own,
      boolean inherited) {
    List<R> result = new ArrayList<>();
    for (R rule : rules) {
      if (owner.apply(rule).equals(spec.specClass()) ? own : inherited) {
        result.add(rule);
      }
    }
    return result;
  }

  /**
   * Reports the types' problems and collects in {@code typeNames} every well-formed name, once, for
   * the references to be checked against; returns the sound types, which leave out as well those
   * whose generated members would collide.
   */
  private List<StateTypeModel> validateTypes(SpecModel spec, Provenance provenance, Set<String> typeNames) {
    if (spec.types().isEmpty()) {
      diagnostics.error(Origin.of(spec.element()), Problem.NO_TYPES);
    } else if (spec.terminal().isEmpty()) {
      diagnostics.error(Origin.of(spec.element()), Problem.NO_TERMINAL);
    }
    List<StateTypeModel> sound = new ArrayList<>();
    for (StateTypeModel type : spec.types()) {
      if (!UPPER_SNAKE.matcher(type.name()).matches()) {
        diagnostics.error(type.origin(), Problem.INVALID_TYPE_NAME, type.name());
        continue;
      }
      if (!typeNames.add(type.name())) {
        diagnostics.error(type.origin(), Problem.DUPLICATE_TYPE,
            provenance.quotedType(spec.type(type.name()).orElseThrow()));
        continue;
      }
      Generated reserved = reservedBy(spec, provenance, type);
      if (reserved != null) {
        diagnostics.error(type.origin(), Problem.RESERVED_NAME, type.name(), reserved.member(), reserved.by());
      } else if (VALUE_METHODS.contains(type.lowerCamel()) || SourceVersion.isKeyword(type.lowerCamel())) {
        diagnostics.error(type.origin(), Problem.RESERVED_METHOD, type.name(), type.lowerCamel());
      } else {
        sound.add(type);
      }
    }
    return sound;
  }

  /**
   * What else generates a member {@code type} would generate: statespec ({@code State.isFinal()},
   * {@code StateType}'s own fields), or, for an extension's own type, a group of its base (a group
   * the extension declares is told instead, on its name) or a named state of its base, whose
   * factory the type's would be; null when nothing does.
   */
  private static Generated reservedBy(SpecModel spec, Provenance provenance, StateTypeModel type) {
    if (type.predicateName().equals("isFinal")) {
      return new Generated("State.isFinal()", "statespec");
    }
    if (RESERVED_CONSTANTS.contains(type.name())) {
      return new Generated("StateType." + type.name(), "statespec");
    }
    SpecModel base = spec.base();
    if (base == null || base.type(type.name()).isPresent()) {
      return null;
    }
    for (GroupModel group : base.groups()) {
      if (type.predicateName().equals(group.predicateName())) {
        return new Generated("State." + group.predicateName() + "()", provenance.group(group));
      }
      if (type.name().equals(group.constantName())) {
        return new Generated("StateType." + group.constantName(), provenance.group(group));
      }
    }
    for (NamedStateModel named : base.namedStates()) {
      if (type.lowerCamel().equals(named.factoryName())) {
        return new Generated("States." + named.factoryName() + "()", provenance.namedState(named));
      }
    }
    return null;
  }

  /**
   * Checks the groups: each name is UPPER_SNAKE_CASE and generates nothing another part of the spec
   * generates, each lists types of the spec, once. A group inherited from a base was checked there;
   * only the types an extension adds to it are checked here.
   */
  private List<GroupModel> validateGroups(SpecModel spec, Provenance provenance, Set<String> typeNames,
      Set<String> soundTypes) {
    // What a group's predicate could collide with: statespec's own, then the types', then earlier groups'.
    Map<String, Generated> predicates = new LinkedHashMap<>();
    predicates.put("isFinal", new Generated("State.isFinal()", "statespec"));
    predicates.put("isTerminal", new Generated("StateType.isTerminal()", "statespec"));
    for (StateTypeModel type : spec.types()) {
      if (typeNames.contains(type.name())) {
        predicates.putIfAbsent(type.predicateName(),
            new Generated("State." + type.predicateName() + "()", provenance.stateType(type)));
      }
    }
    SpecModel base = spec.base();
    List<GroupModel> sound = new ArrayList<>();
    for (GroupModel group : spec.groups()) {
      boolean inherited = base != null
          && base.groups().stream().anyMatch(baseGroup -> baseGroup.origin().equals(group.origin()));
      boolean named = inherited || checkGroupName(spec, provenance, group, predicates, typeNames);
      predicates.putIfAbsent(group.predicateName(),
          new Generated("StateType." + group.predicateName() + "()", provenance.group(group)));
      List<Ref> types = validateTypeRefs(provenance, group.types(), "group " + group.name(), typeNames, soundTypes);
      if (named) {
        sound.add(new GroupModel(group.name(), types, group.origin()));
      }
    }
    return sound;
  }

  /** Reports a group name that is malformed or whose members another part generates; returns whether it is sound. */
  private boolean checkGroupName(SpecModel spec, Provenance provenance, GroupModel group,
      Map<String, Generated> predicates, Set<String> typeNames) {
    if (!UPPER_SNAKE.matcher(group.name()).matches()) {
      diagnostics.error(group.origin(), Problem.INVALID_GROUP_NAME, group.name());
      return false;
    }
    Generated owner = predicates.get(group.predicateName());
    if (owner != null) {
      diagnostics.error(group.origin(), Problem.GROUP_CLASH, group.name(), owner.member(), owner.by());
      return false;
    } else if (typeNames.contains(group.constantName())) {
      diagnostics.error(group.origin(), Problem.GROUP_CLASH, group.name(), "StateType." + group.constantName(),
          provenance.stateType(spec.type(group.constantName()).orElseThrow()));
      return false;
    }
    return true;
  }

  /**
   * Checks the wire values: each names a type of this spec's own, once, and is not blank; an
   * extension keeps its base's rule; no two types share a wire value, however each got it. Returns
   * the types that could not be read back by wire value (blank, or the later of two alike), which
   * the sound model leaves out.
   */
  private Set<String> validateWireValues(SpecModel spec, Provenance provenance, Set<String> typeNames) {
    Set<String> unreadable = new LinkedHashSet<>();
    SpecModel base = spec.base();
    if (base != null && spec.wireCaseOrigin() != null && spec.wireCase() != base.wireCase()) {
      diagnostics.error(spec.wireCaseOrigin(), Problem.WIRE_CASE_CHANGED, spec.wireCase(),
          base.element().getQualifiedName(), base.wireCase());
    }
    Map<String, WireValueModel> given = new LinkedHashMap<>();
    for (WireValueModel wireValue : spec.wireValues()) {
      Ref type = wireValue.type();
      boolean inherited = base != null && !base.wireValues().contains(wireValue) && base.type(type.name()).isPresent();
      if (!typeNames.contains(type.name())) {
        reportUnknownType(type, "@WireValue type", typeNames);
      } else if (inherited) {
        StateTypeModel baseType = base.type(type.name()).orElseThrow();
        diagnostics.error(type.origin(), Problem.WIRE_VALUE_INHERITED, type.name(),
            provenance.declaringSpec(baseType.origin()).getQualifiedName(), baseType.wireValue());
      } else if (given.containsKey(type.name())) {
        diagnostics.error(type.origin(), Problem.WIRE_VALUE_TWICE, type.name(), wireValue.value(),
            given.get(type.name()).value());
      } else {
        given.put(type.name(), wireValue);
        if (wireValue.value().isBlank()) {
          diagnostics.error(wireValue.valueOrigin(), Problem.BLANK_WIRE_VALUE, type.name(),
              spec.wireCase().apply(type.name()));
          unreadable.add(type.name());
        }
      }
    }
    // A clash goes on the later type's own wire value, else the earlier's (unless inherited), else the later type.
    Map<String, StateTypeModel> byWireValue = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (StateTypeModel type : spec.types()) {
      if (!typeNames.contains(type.name()) || !seen.add(type.name()) || type.wireValue().isBlank()) {
        continue;
      }
      StateTypeModel earlier = byWireValue.putIfAbsent(type.wireValue(), type);
      if (earlier == null) {
        continue;
      }
      Origin origin = type.origin();
      boolean earlierInherited = base != null && base.type(earlier.name()).isPresent();
      if (given.containsKey(type.name())) {
        origin = given.get(type.name()).valueOrigin();
      } else if (given.containsKey(earlier.name()) && !earlierInherited) {
        origin = given.get(earlier.name()).valueOrigin();
      }
      diagnostics.error(origin, Problem.DUPLICATE_WIRE_VALUE, provenance.type(earlier), provenance.type(type),
          type.wireValue());
      unreadable.add(type.name());
    }
    return unreadable;
  }

  /**
   * Reports each of {@code refs} that names no type of {@code typeNames}, or a type named before;
   * returns the sound ones: each name of {@code soundTypes} once.
   */
  private List<Ref> validateTypeRefs(Provenance provenance, List<Ref> refs, String what, Set<String> typeNames,
      Set<String> soundTypes) {
    Map<String, Ref> seen = new LinkedHashMap<>();
    List<Ref> sound = new ArrayList<>();
    for (Ref ref : refs) {
      if (!typeNames.contains(ref.name())) {
        reportUnknownType(ref, what, typeNames);
      } else if (seen.putIfAbsent(ref.name(), ref) != null) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, what, provenance.quotedRef(seen.get(ref.name())));
      } else if (soundTypes.contains(ref.name())) {
        sound.add(ref);
      }
    }
    return sound;
  }

  /** A type reference that names no type: the type it misspells, if one is written alike, or the list. */
  private void reportUnknownType(Ref ref, String what, Set<String> typeNames) {
    List<String> alike = alike(ref.name(), typeNames);
    if (alike.isEmpty()) {
      diagnostics.error(ref.origin(), Problem.UNKNOWN_TYPE, what, ref.name(), String.join(", ", typeNames));
    } else {
      diagnostics.error(ref.origin(), Problem.TYPE_SPELLING, what, ref.name(), orQuoted(alike));
    }
  }

  /**
   * Reports what an {@code @OnBuild} names that is no type (a named state's name, however written,
   * is answered with its type); returns the sound ones: each name of {@code soundTypes} once.
   */
  private List<Ref> validateBuildRuleTypes(SpecModel spec, Provenance provenance, List<Ref> refs,
      Set<String> typeNames, Set<String> soundTypes) {
    List<Ref> sound = new ArrayList<>();
    Map<String, String> typeOfNamed = new LinkedHashMap<>();
    spec.namedStates().forEach(named -> typeOfNamed.putIfAbsent(named.name(), named.type().name()));
    String what = "@StateSpec.OnBuild";
    Map<String, Ref> seen = new LinkedHashMap<>();
    for (Ref ref : refs) {
      if (typeNames.contains(ref.name())) {
        if (seen.putIfAbsent(ref.name(), ref) != null) {
          diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, what,
              provenance.quotedRef(seen.get(ref.name())));
        } else if (soundTypes.contains(ref.name())) {
          sound.add(ref);
        }
        continue;
      }
      // A named state's own name first, then a type spelled another way, then a named state so spelled.
      List<String> named = typeOfNamed.containsKey(ref.name()) ? List.of(ref.name()) : List.of();
      if (named.isEmpty() && alike(ref.name(), typeNames).isEmpty()) {
        named = alike(ref.name(), typeOfNamed.keySet());
      }
      if (named.isEmpty()) {
        reportUnknownType(ref, what, typeNames);
      } else {
        Set<String> types = new LinkedHashSet<>();
        named.forEach(name -> types.add(typeOfNamed.get(name)));
        diagnostics.error(ref.origin(), Problem.ON_BUILD_NAMED_STATE, ref.name(), orQuoted(types));
      }
    }
    return sound;
  }

  /** Reports a count order that is not every type once; returns it if its sound part is, else none (types' order). */
  private List<Ref> validateCountOrder(SpecModel spec, Provenance provenance, Set<String> typeNames,
      Set<String> soundTypes) {
    if (spec.countOrder().isEmpty()) {
      return List.of();
    }
    int before = diagnostics.errorCount();
    List<Ref> sound = validateTypeRefs(provenance, spec.countOrder(), "countOrder", typeNames, soundTypes);
    Set<String> missing = new LinkedHashSet<>(typeNames);
    spec.countOrder().forEach(ref -> missing.remove(ref.name()));
    if (before == diagnostics.errorCount() && !missing.isEmpty()) {
      diagnostics.error(spec.countOrder().get(0).origin(), Problem.COUNT_ORDER_INCOMPLETE, String.join(", ", missing));
    }
    return sound.size() == soundTypes.size() ? sound : List.of();
  }

  /**
   * Reports the named states' problems and collects in {@code factoryKeys} every factory's key, the
   * name {@code @Factory} gives it (the types' constants, then the named states' names), for the
   * factory rules to be checked against; returns the sound named states: of a sound type, with a
   * factory clear of the sound types' and of one another's.
   */
  private List<NamedStateModel> validateNamedStates(SpecModel spec, Provenance provenance, Set<String> typeNames,
      List<StateTypeModel> soundTypes, Set<String> factoryKeys) {
    // A base's named state keeps its factory from a type the extension adds: that type is told so.
    Set<String> inheritedFactories = new LinkedHashSet<>();
    spec.namedStates().stream().filter(named -> provenance.inherited(named.origin()))
        .forEach(named -> inheritedFactories.add(named.factoryName()));
    Map<String, String> factoryOwners = new LinkedHashMap<>();
    for (StateTypeModel type : spec.types()) {
      if (provenance.inherited(type.origin()) || !inheritedFactories.contains(type.lowerCamel())) {
        factoryOwners.putIfAbsent(type.lowerCamel(), provenance.stateType(type));
      }
      factoryKeys.add(type.name());
    }
    Set<String> soundTypeNames = new LinkedHashSet<>();
    Set<String> soundFactories = new LinkedHashSet<>();
    for (StateTypeModel type : soundTypes) {
      soundTypeNames.add(type.name());
      soundFactories.add(type.lowerCamel());
    }
    List<NamedStateModel> sound = new ArrayList<>();
    Set<Ref> reportedTypes = new LinkedHashSet<>(); // the names of one @Named group share its type
    for (NamedStateModel named : spec.namedStates()) {
      Ref type = named.type();
      if (!typeNames.contains(type.name()) && reportedTypes.add(type)) {
        reportUnknownType(type, "@Named type", typeNames);
      }
      if (!UPPER_CAMEL.matcher(named.name()).matches()) {
        diagnostics.error(named.origin(), Problem.INVALID_STATE_NAME, named.name());
        continue;
      }
      String owner = factoryOwners.putIfAbsent(named.factoryName(), provenance.namedState(named));
      if (owner != null) {
        diagnostics.error(named.origin(), Problem.DUPLICATE_FACTORY, named.name(), named.factoryName(), owner);
        continue;
      }
      if (SourceVersion.isKeyword(named.factoryName())) {
        diagnostics.error(named.origin(), Problem.RESERVED_METHOD, named.name(), named.factoryName());
      } else if (soundTypeNames.contains(type.name()) && soundFactories.add(named.factoryName())) {
        sound.add(named);
      }
      factoryKeys.add(named.name());
    }
    return sound;
  }

  /**
   * Reports what the factory rules name and how their parameters are named; returns the sound rules:
   * those with no problem of their own, each naming only the sound factories it was first to name.
   */
  private List<FactoryRuleModel> validateFactoryRules(SpecModel spec, Provenance provenance, Set<String> factoryKeys,
      Set<String> soundFactories) {
    Map<String, FactoryRuleModel> ruledBy = new LinkedHashMap<>();
    List<FactoryRuleModel> sound = new ArrayList<>();
    for (FactoryRuleModel rule : spec.factoryRules()) {
      List<Ref> factories = new ArrayList<>();
      for (Ref ref : rule.factories()) {
        if (!factoryKeys.contains(ref.name())) {
          List<String> alike = alike(ref.name(), factoryKeys);
          if (alike.isEmpty()) {
            diagnostics.error(ref.origin(), Problem.UNKNOWN_FACTORY, ref.name(), quoted(factoryKeys));
          } else {
            diagnostics.error(ref.origin(), Problem.FACTORY_SPELLING, ref.name(), orQuoted(alike));
          }
        } else {
          FactoryRuleModel previous = ruledBy.putIfAbsent(ref.name(), rule);
          if (previous != null) {
            diagnostics.error(ref.origin(), Problem.FACTORY_RULED_TWICE, ref.name(), provenance.rule(previous));
          } else if (soundFactories.contains(ref.name())) {
            factories.add(ref);
          }
        }
      }
      if (validateRuleParameters(rule)) {
        sound.add(new FactoryRuleModel(rule.owner(), rule.detailsType(), rule.methodName(), factories,
            rule.parameters(), rule.javadoc(), rule.origin()));
      }
    }
    return sound;
  }

  /** Reports the rule's parameters that the factories cannot take; returns whether there was none. */
  private boolean validateRuleParameters(FactoryRuleModel rule) {
    int before = diagnostics.errorCount();
    Map<String, RuleParameter> shortcutsByType = new LinkedHashMap<>();
    for (RuleParameter parameter : rule.parameters()) {
      if (FACTORY_LOCALS.contains(parameter.name())) {
        diagnostics.error(parameter.origin(), Problem.RULE_PARAMETER_NAME, parameter.name());
      }
      if (!parameter.shortcut()) {
        continue;
      }
      String erased = erasure(parameter);
      if (erased.equals("java.util.function.Consumer")) {
        diagnostics.error(parameter.origin(), Problem.SHORTCUT_OPTIONS, parameter.name(), parameter.type());
      } else if (shortcutsByType.putIfAbsent(erased, parameter) != null) {
        diagnostics.error(parameter.origin(), Problem.SHORTCUT_CLASH, parameter.name(), parameter.type());
      }
    }
    return diagnostics.errorCount() == before;
  }

  private static String erasure(RuleParameter parameter) {
    String type = parameter.type().withoutAnnotations().toString();
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  /**
   * Reports the details fields' problems; returns the sound fields: those with none, but for a
   * {@code @Default} that does not parse, which is left out of a field that is otherwise kept.
   */
  private List<DetailsFieldModel> validateDetails(SpecModel spec, Provenance provenance) {
    Map<String, DetailsFieldModel> byName = new LinkedHashMap<>();
    Map<String, DetailsFieldModel> byJsonName = new LinkedHashMap<>();
    List<DetailsFieldModel> sound = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      // One interface cannot declare a method twice, so a second field of a name is an extension's.
      DetailsFieldModel sameName = byName.putIfAbsent(field.name(), field);
      if (sameName != null) {
        diagnostics.error(field.origin(), Problem.DUPLICATE_FIELD, provenance.field(sameName));
        continue;
      }
      int before = diagnostics.errorCount();
      if (VALUE_METHODS.contains(field.name())) {
        diagnostics.error(field.origin(), Problem.FIELD_NAME_RESERVED, field.name());
      }
      if (field.jsonName().isBlank() || field.jsonName().chars().anyMatch(Character::isWhitespace)) {
        diagnostics.error(field.origin(), Problem.JSON_NAME_INVALID, field.jsonName(), field.name() + "()");
      } else {
        DetailsFieldModel previous = byJsonName.putIfAbsent(field.jsonName(), field);
        if (previous != null) {
          diagnostics.error(field.origin(), Problem.DUPLICATE_JSON_NAME, provenance.field(previous),
              provenance.field(field), field.jsonName());
        }
      }
      boolean declaredSoundly = diagnostics.errorCount() == before;
      boolean defaultSound = true;
      if (field.defaultText() != null) {
        try {
          field.type().parseDefault(field.defaultText());
        } catch (IllegalArgumentException e) {
          diagnostics.error(field.origin(), Problem.DEFAULT_INVALID, field.defaultText(), field.type().displayName(),
              field.name() + "()", e.getMessage());
          defaultSound = false;
        }
      }
      if (declaredSoundly) {
        sound.add(defaultSound ? field : new DetailsFieldModel(field.name(), field.jsonName(), field.type(), null,
            field.javadoc(), field.origin()));
      }
    }
    return sound;
  }

  /** Reports reset entries that are no resettable field, or one listed before; returns the others. */
  private List<Ref> validateReset(SpecModel spec, Provenance provenance) {
    Map<String, Ref> reset = new LinkedHashMap<>();
    List<Ref> sound = new ArrayList<>();
    for (Ref ref : spec.reset()) {
      StateField field = StateField.forJavaName(ref.name());
      if (field == null) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "reset", ref.name(), stateFieldNames());
      } else if (field == StateField.TYPE) {
        diagnostics.error(ref.origin(), Problem.TYPE_NOT_RESETTABLE);
      } else if (reset.putIfAbsent(ref.name(), ref) != null) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "reset",
            provenance.quotedRef(reset.get(ref.name())));
      } else {
        sound.add(ref);
      }
    }
    return sound;
  }

  /**
   * Reports hash key entries that are no field, a field of {@code reset}, or one listed before;
   * returns the others that name a state field or a field of {@code detailsFields}, the sound ones.
   */
  private List<Ref> validateHashKey(SpecModel spec, Provenance provenance, List<Ref> reset,
      List<DetailsFieldModel> detailsFields) {
    Map<String, Ref> resetByName = new LinkedHashMap<>();
    reset.forEach(ref -> resetByName.putIfAbsent(ref.name(), ref));
    Set<String> declaredFields = detailsPaths(spec.detailsFields());
    Set<String> soundFields = detailsPaths(detailsFields);
    Map<String, Ref> seen = new LinkedHashMap<>();
    List<Ref> sound = new ArrayList<>();
    for (Ref ref : spec.hashKey()) {
      boolean stateField = StateField.forJavaName(ref.name()) != null;
      if (!stateField && !declaredFields.contains(ref.name())) {
        List<String> all = new ArrayList<>(List.of(stateFieldNames()));
        all.addAll(declaredFields);
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "hashKey", ref.name(), String.join(", ", all));
      } else if (resetByName.containsKey(ref.name())) {
        // An inherited hash key is told where the extension resets its field.
        Ref resetRef = resetByName.get(ref.name());
        Origin where = provenance.inherited(ref.origin()) && !provenance.inherited(resetRef.origin())
            ? resetRef.origin() : ref.origin();
        diagnostics.error(where, Problem.HASH_KEY_RESET, provenance.quotedRef(ref),
            provenance.name("a reset field", resetRef.origin()));
      } else if (seen.putIfAbsent(ref.name(), ref) != null) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "hashKey",
            provenance.quotedRef(seen.get(ref.name())));
      } else if (stateField || soundFields.contains(ref.name())) {
        sound.add(ref);
      }
    }
    return sound;
  }

  /**
   * Reports what the schema requires or describes that is no field, or was listed before; returns
   * the schema with only the others, of the sound {@code detailsFields}.
   */
  private SchemaModel validateSchema(SpecModel spec, Provenance provenance, List<DetailsFieldModel> detailsFields) {
    List<String> stateFields = new ArrayList<>();
    for (StateField field : StateField.values()) {
      stateFields.add(field.javaName());
    }
    Map<String, Ref> required = new LinkedHashMap<>();
    List<Ref> soundRequired = new ArrayList<>();
    for (Ref ref : spec.schema().required()) {
      if (StateField.forJavaName(ref.name()) == null) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "schema required", ref.name(), String.join(", ", stateFields));
      } else if (required.putIfAbsent(ref.name(), ref) != null) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "schema required",
            provenance.quotedRef(required.get(ref.name())));
      } else {
        soundRequired.add(ref);
      }
    }
    List<String> fields = new ArrayList<>(stateFields);
    fields.addAll(detailsPaths(spec.detailsFields()));
    Set<String> soundFields = detailsPaths(detailsFields);
    Map<String, Ref> described = new LinkedHashMap<>();
    List<SchemaModel.FieldDescription> soundDescriptions = new ArrayList<>();
    for (SchemaModel.FieldDescription description : spec.schema().fields()) {
      Ref ref = description.field();
      if (!fields.contains(ref.name())) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "@Describe", ref.name(), String.join(", ", fields));
      } else if (described.putIfAbsent(ref.name(), ref) != null) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "schema fields",
            provenance.quotedRef(described.get(ref.name())));
      } else if (StateField.forJavaName(ref.name()) != null || soundFields.contains(ref.name())) {
        soundDescriptions.add(description);
      }
    }
    return new SchemaModel(spec.schema().typeDescription(), soundRequired, soundDescriptions,
        spec.schema().detailsJavadoc());
  }

  /** {@code stateDetails.<name>} of each field, the form hash keys and descriptions use. */
  private static Set<String> detailsPaths(List<DetailsFieldModel> detailsFields) {
    Set<String> paths = new LinkedHashSet<>();
    detailsFields.forEach(field -> paths.add(StateField.STATE_DETAILS.javaName() + "." + field.name()));
    return paths;
  }

  /** Every state field's Java name, for messages. */
  private static String stateFieldNames() {
    return List.of(StateField.values()).stream().map(StateField::javaName).collect(Collectors.joining(", "));
  }

  private static String quoted(Set<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
  }

  /** A member of the generated code and what generates it, for a message: {@code State.isFinal()}, {@code statespec}. */
  private record Generated(String member, String by) {}

  /** {@code "A"}, or {@code "A" or "B"}: the suggestions of a did-you-mean. */
  static String orQuoted(Collection<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(" or "));
  }

  /**
   * The names among {@code candidates} that {@code written} spells another way: equal once case,
   * blanks and underscores are ignored ({@code "Awaiting Approval"}, {@code "awaitingApproval"} and
   * {@code "AWAITING_APPROVAL"} are alike).
   */
  static List<String> alike(String written, Collection<String> candidates) {
    String key = loose(written);
    List<String> alike = new ArrayList<>();
    if (key.isEmpty()) {
      return alike;
    }
    for (String candidate : candidates) {
      if (loose(candidate).equals(key) && !alike.contains(candidate)) {
        alike.add(candidate);
      }
    }
    return alike;
  }

  private static String loose(String name) {
    return BLANKS_AND_UNDERSCORES.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
