package dev.statespec.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.BuildRuleModel;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FactoryRuleModel;
import dev.statespec.processor.spec.NamedStateModel;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.RuleParameter;
import dev.statespec.processor.spec.SchemaModel;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** Methods every generated value class has, which a details field or count accessor must not shadow. */
  private static final Set<String> VALUE_METHODS = Set.of("builder", "toBuilder", "toMap", "fromMap",
      "validateList", "resetFields", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
      "wait", "clone", "finalize");

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

  /**
   * Reports every problem of {@code spec} and returns its sound part, from which it is generated:
   * {@code spec} less what was refused. When nothing is reported it equals {@code spec} part by part.
   */
  public SpecModel validate(SpecModel spec) {
    boolean ownRulesCallable = declarationChecks.check(spec);
    boolean inheritedRulesCallable = extensionChecks.check(spec);
    Set<String> typeNames = new LinkedHashSet<>();
    List<StateTypeModel> types = validateTypes(spec, typeNames);
    Set<String> soundTypes = new LinkedHashSet<>();
    types.forEach(type -> soundTypes.add(type.name()));
    List<Ref> terminal = validateTypeRefs(spec.terminal(), "terminal", typeNames, soundTypes);
    List<Ref> countOrder = validateCountOrder(spec, typeNames, soundTypes);
    Set<String> factoryNames = new LinkedHashSet<>();
    List<NamedStateModel> namedStates = validateNamedStates(spec, typeNames, types, factoryNames);
    Set<String> soundFactories = new LinkedHashSet<>();
    types.forEach(type -> soundFactories.add(type.defaultStateName()));
    namedStates.forEach(named -> soundFactories.add(named.name()));
    List<FactoryRuleModel> factoryRules = validateFactoryRules(spec, factoryNames, soundFactories);
    List<BuildRuleModel> buildRules = new ArrayList<>();
    for (BuildRuleModel rule : spec.buildRules()) {
      List<Ref> ruleTypes = validateTypeRefs(rule.types(), "@StateSpec.OnBuild", typeNames, soundTypes);
      buildRules.add(new BuildRuleModel(rule.owner(), rule.detailsType(), rule.methodName(), ruleTypes, rule.origin()));
    }
    List<DetailsFieldModel> detailsFields = validateDetails(spec);
    List<Ref> reset = validateReset(spec);
    List<Ref> hashKey = validateHashKey(spec, reset, detailsFields);
    SchemaModel schema = validateSchema(spec, detailsFields);
    return spec.toBuilder()
        .types(types)
        .terminal(terminal)
        .countOrder(countOrder)
        .namedStates(namedStates)
        .factoryRules(callable(spec, factoryRules, FactoryRuleModel::owner, ownRulesCallable, inheritedRulesCallable))
        .buildRules(callable(spec, buildRules, BuildRuleModel::owner, ownRulesCallable, inheritedRulesCallable))
        .detailsFields(detailsFields)
        .reset(reset)
        .hashKey(hashKey)
        .schema(schema)
        .build();
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
  private List<StateTypeModel> validateTypes(SpecModel spec, Set<String> typeNames) {
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
        diagnostics.error(type.origin(), Problem.DUPLICATE_TYPE, type.name());
        continue;
      }
      if (type.predicateName().equals("isFinal")) {
        diagnostics.error(type.origin(), Problem.RESERVED_PREDICATE, type.name(), type.predicateName());
      } else if (VALUE_METHODS.contains(type.lowerCamel()) || SourceVersion.isKeyword(type.lowerCamel())) {
        diagnostics.error(type.origin(), Problem.RESERVED_METHOD, type.name(), type.lowerCamel());
      } else {
        sound.add(type);
      }
    }
    return sound;
  }

  /**
   * Reports each of {@code refs} that names no type of {@code typeNames}, or a type named before;
   * returns the sound ones: each name of {@code soundTypes} once.
   */
  private List<Ref> validateTypeRefs(List<Ref> refs, String what, Set<String> typeNames, Set<String> soundTypes) {
    Set<String> seen = new LinkedHashSet<>();
    List<Ref> sound = new ArrayList<>();
    for (Ref ref : refs) {
      if (!typeNames.contains(ref.name())) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_TYPE, what, ref.name(), String.join(", ", typeNames));
      } else if (!seen.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, what, ref.name());
      } else if (soundTypes.contains(ref.name())) {
        sound.add(ref);
      }
    }
    return sound;
  }

  /** Reports a count order that is not every type once; returns it if its sound part is, else none (types' order). */
  private List<Ref> validateCountOrder(SpecModel spec, Set<String> typeNames, Set<String> soundTypes) {
    if (spec.countOrder().isEmpty()) {
      return List.of();
    }
    int before = diagnostics.errorCount();
    List<Ref> sound = validateTypeRefs(spec.countOrder(), "countOrder", typeNames, soundTypes);
    Set<String> missing = new LinkedHashSet<>(typeNames);
    spec.countOrder().forEach(ref -> missing.remove(ref.name()));
    if (before == diagnostics.errorCount() && !missing.isEmpty()) {
      diagnostics.error(spec.countOrder().get(0).origin(), Problem.COUNT_ORDER_INCOMPLETE, String.join(", ", missing));
    }
    return sound.size() == soundTypes.size() ? sound : List.of();
  }

  /**
   * Reports the named states' problems and collects in {@code factoryNames} every factory's state
   * name (types' default names, then named states) for the factory rules to be checked against;
   * returns the sound named states: of a sound type, with a factory clear of the sound types' and of
   * one another's.
   */
  private List<NamedStateModel> validateNamedStates(SpecModel spec, Set<String> typeNames,
      List<StateTypeModel> soundTypes, Set<String> factoryNames) {
    Map<String, String> factoryOwners = new LinkedHashMap<>();
    for (StateTypeModel type : spec.types()) {
      factoryOwners.putIfAbsent(type.lowerCamel(), "state type " + type.name());
      factoryNames.add(type.defaultStateName());
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
        diagnostics.error(type.origin(), Problem.UNKNOWN_TYPE, "@Named type", type.name(), String.join(", ", typeNames));
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
      } else if (soundTypeNames.contains(type.name()) && soundFactories.add(named.factoryName())) {
        sound.add(named);
      }
      factoryNames.add(named.name());
    }
    return sound;
  }

  /**
   * Reports what the factory rules name and how their parameters are named; returns the sound rules:
   * those with no problem of their own, each naming only the sound factories it was first to name.
   */
  private List<FactoryRuleModel> validateFactoryRules(SpecModel spec, Set<String> factoryNames,
      Set<String> soundFactories) {
    Map<String, String> ruledBy = new LinkedHashMap<>();
    List<FactoryRuleModel> sound = new ArrayList<>();
    for (FactoryRuleModel rule : spec.factoryRules()) {
      List<Ref> factories = new ArrayList<>();
      for (Ref ref : rule.factories()) {
        if (!factoryNames.contains(ref.name())) {
          diagnostics.error(ref.origin(), Problem.UNKNOWN_FACTORY, ref.name(), quoted(factoryNames));
        } else {
          String previous = ruledBy.putIfAbsent(ref.name(), rule.methodName());
          if (previous != null) {
            diagnostics.error(ref.origin(), Problem.FACTORY_RULED_TWICE, ref.name(), previous);
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
  private List<DetailsFieldModel> validateDetails(SpecModel spec) {
    Map<String, DetailsFieldModel> byJsonName = new LinkedHashMap<>();
    List<DetailsFieldModel> sound = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      int before = diagnostics.errorCount();
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
  private List<Ref> validateReset(SpecModel spec) {
    Set<String> reset = new LinkedHashSet<>();
    List<Ref> sound = new ArrayList<>();
    for (Ref ref : spec.reset()) {
      StateField field = StateField.forJavaName(ref.name());
      if (field == null) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "reset", ref.name(), stateFieldNames());
      } else if (field == StateField.TYPE) {
        diagnostics.error(ref.origin(), Problem.TYPE_NOT_RESETTABLE);
      } else if (!reset.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "reset", ref.name());
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
  private List<Ref> validateHashKey(SpecModel spec, List<Ref> reset, List<DetailsFieldModel> detailsFields) {
    Set<String> resetNames = new LinkedHashSet<>();
    reset.forEach(ref -> resetNames.add(ref.name()));
    Set<String> declaredFields = detailsPaths(spec.detailsFields());
    Set<String> soundFields = detailsPaths(detailsFields);
    Set<String> seen = new LinkedHashSet<>();
    List<Ref> sound = new ArrayList<>();
    for (Ref ref : spec.hashKey()) {
      boolean stateField = StateField.forJavaName(ref.name()) != null;
      if (!stateField && !declaredFields.contains(ref.name())) {
        List<String> all = new ArrayList<>(List.of(stateFieldNames()));
        all.addAll(declaredFields);
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "hashKey", ref.name(), String.join(", ", all));
      } else if (resetNames.contains(ref.name())) {
        diagnostics.error(ref.origin(), Problem.HASH_KEY_RESET, ref.name());
      } else if (!seen.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "hashKey", ref.name());
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
  private SchemaModel validateSchema(SpecModel spec, List<DetailsFieldModel> detailsFields) {
    List<String> stateFields = new ArrayList<>();
    for (StateField field : StateField.values()) {
      stateFields.add(field.javaName());
    }
    Set<String> required = new LinkedHashSet<>();
    List<Ref> soundRequired = new ArrayList<>();
    for (Ref ref : spec.schema().required()) {
      if (StateField.forJavaName(ref.name()) == null) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "schema required", ref.name(), String.join(", ", stateFields));
      } else if (!required.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "schema required", ref.name());
      } else {
        soundRequired.add(ref);
      }
    }
    List<String> fields = new ArrayList<>(stateFields);
    fields.addAll(detailsPaths(spec.detailsFields()));
    Set<String> soundFields = detailsPaths(detailsFields);
    Set<String> described = new LinkedHashSet<>();
    List<SchemaModel.FieldDescription> soundDescriptions = new ArrayList<>();
    for (SchemaModel.FieldDescription description : spec.schema().fields()) {
      Ref ref = description.field();
      if (!fields.contains(ref.name())) {
        diagnostics.error(ref.origin(), Problem.UNKNOWN_FIELD, "@Describe", ref.name(), String.join(", ", fields));
      } else if (!described.add(ref.name())) {
        diagnostics.error(ref.origin(), Problem.DUPLICATE_REFERENCE, "schema fields", ref.name());
      } else if (StateField.forJavaName(ref.name()) != null || soundFields.contains(ref.name())) {
        soundDescriptions.add(description);
      }
    }
    return new SchemaModel(spec.schema().typeDescription(), soundRequired, soundDescriptions);
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
}
