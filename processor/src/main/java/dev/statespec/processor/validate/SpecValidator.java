package dev.statespec.processor.validate;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
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
import dev.statespec.processor.spec.WireValueModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Checks a {@link SpecModel}, which may be generated only if no problem is reported: first how the
 * spec is declared ({@link DeclarationChecks}) and what it extends ({@link ExtensionChecks}), then,
 * here, that its parts fit together: every name refers to something the spec declares, nothing is
 * declared twice, nothing generated would collide. Every problem is reported, on the string or
 * element that holds it, in one pass.
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

  private final Diagnostics diagnostics;
  private final DeclarationChecks declarationChecks;
  private final ExtensionChecks extensionChecks;

  public SpecValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.declarationChecks = new DeclarationChecks(diagnostics);
    this.extensionChecks = new ExtensionChecks(diagnostics);
  }

  /** Whether {@code spec} has no problem at all; reports nothing. */
  static boolean isSound(SpecModel spec) {
    Diagnostics quiet = Diagnostics.quiet();
    new SpecValidator(quiet).validate(spec);
    return quiet.errorCount() == 0;
  }

  /** Reports every problem of {@code spec}; it may be generated only if none was reported. */
  public void validate(SpecModel spec) {
    declarationChecks.check(spec);
    extensionChecks.check(spec);
    Set<String> typeNames = validateTypes(spec);
    validateWireValues(spec, typeNames);
    validateGroups(spec, typeNames);
    validateTypeRefs(spec.terminal(), "terminal", typeNames, true);
    validateCountOrder(spec, typeNames);
    Set<String> factoryKeys = validateNamedStates(spec, typeNames);
    validateFactoryRules(spec, factoryKeys);
    spec.buildRules().forEach(rule -> validateBuildRuleTypes(spec, rule.types(), typeNames));
    validateDetails(spec);
    validateResetAndHash(spec);
    validateSchema(spec);
  }

  private Set<String> validateTypes(SpecModel spec) {
    if (spec.types().isEmpty()) {
      diagnostics.error(Origin.of(spec.element()), Problem.NO_TYPES);
    } else if (spec.terminal().isEmpty()) {
      diagnostics.error(Origin.of(spec.element()), Problem.NO_TERMINAL);
    }
    Set<String> names = new LinkedHashSet<>();
    for (StateTypeModel type : spec.types()) {
      if (!UPPER_SNAKE.matcher(type.name()).matches()) {
        diagnostics.error(type.origin(), Problem.INVALID_TYPE_NAME, type.name());
        continue;
      }
      if (!names.add(type.name())) {
        diagnostics.error(type.origin(), Problem.DUPLICATE_TYPE, type.name());
        continue;
      }
      Generated reserved = reservedBy(spec, type);
      if (reserved != null) {
        diagnostics.error(type.origin(), Problem.RESERVED_NAME, type.name(), reserved.member(), reserved.by());
      } else if (VALUE_METHODS.contains(type.lowerCamel()) || SourceVersion.isKeyword(type.lowerCamel())) {
        diagnostics.error(type.origin(), Problem.RESERVED_METHOD, type.name(), type.lowerCamel());
      }
    }
    return names;
  }

  /**
   * What else generates a member {@code type} would generate: statespec ({@code State.isFinal()},
   * {@code StateType}'s own fields), or, for an extension's own type, a group of its base (a group
   * the extension declares is told instead, on its name); null when nothing does.
   */
  private static Generated reservedBy(SpecModel spec, StateTypeModel type) {
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
        return new Generated("State." + group.predicateName() + "()", "group " + group.name());
      }
      if (type.name().equals(group.constantName())) {
        return new Generated("StateType." + group.constantName(), "group " + group.name());
      }
    }
    return null;
  }

  /**
   * Checks the groups: each name is UPPER_SNAKE_CASE and generates nothing another part of the spec
   * generates, each lists types of the spec, once. A group inherited from a base was checked there;
   * only the types an extension adds to it are checked here.
   */
  private void validateGroups(SpecModel spec, Set<String> typeNames) {
    // What a group's predicate could collide with: statespec's own, then the types', then earlier groups'.
    Map<String, Generated> predicates = new LinkedHashMap<>();
    predicates.put("isFinal", new Generated("State.isFinal()", "statespec"));
    predicates.put("isTerminal", new Generated("StateType.isTerminal()", "statespec"));
    for (StateTypeModel type : spec.types()) {
      if (typeNames.contains(type.name())) {
        predicates.putIfAbsent(type.predicateName(),
            new Generated("State." + type.predicateName() + "()", "state type " + type.name()));
      }
    }
    SpecModel base = spec.base();
    for (GroupModel group : spec.groups()) {
      boolean inherited = base != null
          && base.groups().stream().anyMatch(baseGroup -> baseGroup.origin().equals(group.origin()));
      if (!inherited) {
        checkGroupName(group, predicates, typeNames);
      }
      predicates.putIfAbsent(group.predicateName(),
          new Generated("StateType." + group.predicateName() + "()", "group " + group.name()));
      validateTypeRefs(group.types(), "group " + group.name(), typeNames, true);
    }
  }

  private void checkGroupName(GroupModel group, Map<String, Generated> predicates, Set<String> typeNames) {
    if (!UPPER_SNAKE.matcher(group.name()).matches()) {
      diagnostics.error(group.origin(), Problem.INVALID_GROUP_NAME, group.name());
      return;
    }
    Generated owner = predicates.get(group.predicateName());
    if (owner != null) {
      diagnostics.error(group.origin(), Problem.GROUP_CLASH, group.name(), owner.member(), owner.by());
    } else if (typeNames.contains(group.constantName())) {
      diagnostics.error(group.origin(), Problem.GROUP_CLASH, group.name(), "StateType." + group.constantName(),
          "state type " + group.constantName());
    }
  }

  /**
   * Checks the wire values: each names a type of this spec's own, once, and is not blank; an
   * extension keeps its base's rule; no two types share a wire value, however each got it.
   */
  private void validateWireValues(SpecModel spec, Set<String> typeNames) {
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
        diagnostics.error(type.origin(), Problem.WIRE_VALUE_INHERITED, type.name(), base.element().getQualifiedName(),
            base.type(type.name()).orElseThrow().wireValue());
      } else if (given.containsKey(type.name())) {
        diagnostics.error(type.origin(), Problem.WIRE_VALUE_TWICE, type.name(), wireValue.value(),
            given.get(type.name()).value());
      } else {
        given.put(type.name(), wireValue);
        if (wireValue.value().isBlank()) {
          diagnostics.error(wireValue.valueOrigin(), Problem.BLANK_WIRE_VALUE, type.name(),
              spec.wireCase().apply(type.name()));
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
      diagnostics.error(origin, Problem.DUPLICATE_WIRE_VALUE, earlier.name(), type.name(), type.wireValue());
    }
  }

  private void validateTypeRefs(List<Ref> refs, String what, Set<String> typeNames, boolean unique) {
    Set<String> seen = new LinkedHashSet<>();
    for (Ref ref : refs) {
      if (!typeNames.contains(ref.name())) {
        reportUnknownType(ref, what, typeNames);
      } else if (unique && !seen.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, what, ref.name());
      }
    }
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

  // @OnBuild takes type constants; a named state's name, however written, is answered with its type.
  private void validateBuildRuleTypes(SpecModel spec, List<Ref> refs, Set<String> typeNames) {
    Map<String, String> typeOfNamed = new LinkedHashMap<>();
    spec.namedStates().forEach(named -> typeOfNamed.putIfAbsent(named.name(), named.type().name()));
    String what = "@StateSpec.OnBuild";
    Set<String> seen = new LinkedHashSet<>();
    for (Ref ref : refs) {
      if (typeNames.contains(ref.name())) {
        if (!seen.add(ref.name())) {
          diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, what, ref.name());
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
  }

  private void validateCountOrder(SpecModel spec, Set<String> typeNames) {
    if (spec.countOrder().isEmpty()) {
      return;
    }
    int before = diagnostics.errorCount();
    validateTypeRefs(spec.countOrder(), "countOrder", typeNames, true);
    Set<String> missing = new LinkedHashSet<>(typeNames);
    spec.countOrder().forEach(ref -> missing.remove(ref.name()));
    if (before == diagnostics.errorCount() && !missing.isEmpty()) {
      diagnostics.error(spec.countOrder().get(0).origin(), Problem.COUNT_ORDER_INCOMPLETE, String.join(", ", missing));
    }
  }

  /**
   * Checks the named states; returns every factory's key, the name {@code @Factory} gives it: the
   * types' constants, then the named states' names.
   */
  private Set<String> validateNamedStates(SpecModel spec, Set<String> typeNames) {
    Map<String, String> factoryOwners = new LinkedHashMap<>();
    Set<String> factoryKeys = new LinkedHashSet<>();
    for (StateTypeModel type : spec.types()) {
      factoryOwners.putIfAbsent(type.lowerCamel(), "state type " + type.name());
      factoryKeys.add(type.name());
    }
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
      String owner = factoryOwners.putIfAbsent(named.factoryName(), "named state " + named.name());
      if (owner != null) {
        diagnostics.error(named.origin(), Problem.DUPLICATE_FACTORY, named.name(), named.factoryName(), owner);
        continue;
      }
      if (SourceVersion.isKeyword(named.factoryName())) {
        diagnostics.error(named.origin(), Problem.RESERVED_METHOD, named.name(), named.factoryName());
      }
      factoryKeys.add(named.name());
    }
    return factoryKeys;
  }

  private void validateFactoryRules(SpecModel spec, Set<String> factoryKeys) {
    Map<String, String> ruledBy = new LinkedHashMap<>();
    for (FactoryRuleModel rule : spec.factoryRules()) {
      for (Ref ref : rule.factories()) {
        if (!factoryKeys.contains(ref.name())) {
          List<String> alike = alike(ref.name(), factoryKeys);
          if (alike.isEmpty()) {
            diagnostics.error(ref.origin(), Problem.UNKNOWN_FACTORY, ref.name(), quoted(factoryKeys));
          } else {
            diagnostics.error(ref.origin(), Problem.FACTORY_SPELLING, ref.name(), orQuoted(alike));
          }
        } else {
          String previous = ruledBy.putIfAbsent(ref.name(), rule.methodName());
          if (previous != null) {
            diagnostics.error(ref.origin(), Problem.FACTORY_RULED_TWICE, ref.name(), previous);
          }
        }
      }
      validateRuleParameters(rule);
    }
  }

  private void validateRuleParameters(FactoryRuleModel rule) {
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
  }

  private static String erasure(RuleParameter parameter) {
    String type = parameter.type().withoutAnnotations().toString();
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  private void validateDetails(SpecModel spec) {
    Map<String, DetailsFieldModel> byJsonName = new LinkedHashMap<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      if (VALUE_METHODS.contains(field.name())) {
        diagnostics.error(field.origin(), Problem.FIELD_NAME_RESERVED, field.name());
      }
      if (field.jsonName().isBlank() || field.jsonName().chars().anyMatch(Character::isWhitespace)) {
        diagnostics.error(field.origin(), Problem.JSON_NAME_INVALID, field.jsonName(), field.name() + "()");
      } else {
        DetailsFieldModel previous = byJsonName.putIfAbsent(field.jsonName(), field);
        if (previous != null) {
          diagnostics.error(field.origin(), Problem.DUPLICATE_JSON_NAME, previous.name() + "()", field.name() + "()",
              field.jsonName());
        }
      }
      if (field.defaultText() != null) {
        try {
          field.type().parseDefault(field.defaultText());
        } catch (IllegalArgumentException e) {
          diagnostics.error(field.origin(), Problem.DEFAULT_INVALID, field.defaultText(), field.type().displayName(),
              field.name() + "()", e.getMessage());
        }
      }
    }
  }

  private void validateResetAndHash(SpecModel spec) {
    String stateFields = List.of(StateField.values()).stream().map(StateField::javaName).collect(Collectors.joining(", "));
    Set<String> reset = new LinkedHashSet<>();
    for (Ref ref : spec.reset()) {
      StateField field = StateField.forJavaName(ref.name());
      if (field == null) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "reset", ref.name(), stateFields);
      } else if (field == StateField.TYPE) {
        diagnostics.error(ref.origin(), Problem.TYPE_NOT_RESETTABLE);
      } else if (!reset.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "reset", ref.name());
      }
    }
    Set<String> detailsFields = new LinkedHashSet<>();
    spec.detailsFields().forEach(field -> detailsFields.add(StateField.STATE_DETAILS.javaName() + "." + field.name()));
    Set<String> seen = new LinkedHashSet<>();
    for (Ref ref : spec.hashKey()) {
      boolean known = StateField.forJavaName(ref.name()) != null || detailsFields.contains(ref.name());
      if (!known) {
        List<String> all = new ArrayList<>(List.of(stateFields));
        all.addAll(detailsFields);
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "hashKey", ref.name(), String.join(", ", all));
      } else if (reset.contains(ref.name())) {
        diagnostics.error(ref.origin(), Problem.HASH_KEY_RESET, ref.name());
      } else if (!seen.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "hashKey", ref.name());
      }
    }
  }

  private void validateSchema(SpecModel spec) {
    List<String> stateFields = new ArrayList<>();
    for (StateField field : StateField.values()) {
      stateFields.add(field.javaName());
    }
    Set<String> required = new LinkedHashSet<>();
    for (Ref ref : spec.schema().required()) {
      if (StateField.forJavaName(ref.name()) == null) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "schema required", ref.name(), String.join(", ", stateFields));
      } else if (!required.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "schema required", ref.name());
      }
    }
    List<String> fields = new ArrayList<>(stateFields);
    spec.detailsFields().forEach(field -> fields.add(StateField.STATE_DETAILS.javaName() + "." + field.name()));
    Set<String> described = new LinkedHashSet<>();
    for (SchemaModel.FieldDescription description : spec.schema().fields()) {
      Ref ref = description.field();
      if (!fields.contains(ref.name())) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "@Describe", ref.name(), String.join(", ", fields));
      } else if (!described.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "schema fields", ref.name());
      }
    }
  }

  private static String quoted(Set<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
  }

  /** A member of the generated code and what generates it, for a message: {@code State.isFinal()}, {@code statespec}. */
  private record Generated(String member, String by) {}

  /** {@code "A"}, or {@code "A" or "B"}: the suggestions of a did-you-mean. */
  private static String orQuoted(Collection<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(" or "));
  }

  /**
   * The names among {@code candidates} that {@code written} spells another way: equal once case,
   * blanks and underscores are ignored ({@code "Awaiting Approval"}, {@code "awaitingApproval"} and
   * {@code "AWAITING_APPROVAL"} are alike).
   */
  private static List<String> alike(String written, Collection<String> candidates) {
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
