package dev.statespec.processor.diagnostics;

/**
 * Every mistake the processor reports, with its stable tag and message: the catalog behind the
 * README's "Errors you may see" table, which a test keeps equal to it. A message says what is
 * wrong in the spec author's terms, then, after the last {@code "; "}, how to fix it; the tag lets
 * tests and users search for it.
 */
public enum Problem {
  // The spec element itself.
  SPEC_NOT_INTERFACE("StateSpecNotInterface",
      "@StateSpec goes on an interface, but %s is %s; declare it as `public interface %s`"),
  SPEC_NOT_PUBLIC("StateSpecNotPublic",
      "spec %s must be public, since the generated classes call its rules; add `public`"),
  SPEC_HIDDEN("StateSpecHidden",
      "spec %s is nested in %s, which is not public, so the generated classes cannot reach it; make %s public "
          + "or move the spec to the top level"),
  SPEC_GENERIC("StateSpecGeneric",
      "spec %s has type parameters, which a spec cannot use; remove them"),
  SPEC_NAME_CLASH("StateSpecNameClash",
      "spec %s has the name of a class statespec generates beside it (%s); rename the spec, e.g. to %sSpec"),
  SAME_PACKAGE("StateSpecSamePackage",
      "spec %s would generate %s, which spec %s already generates in this package; give each spec a package "
          + "of its own"),
  STRAY_METHOD("StateSpecStrayMethod",
      "abstract method %s() does not belong in a spec; move it into the @StateSpec.Details interface, "
          + "or make it a static rule with @StateSpec.Factory or @StateSpec.OnBuild"),

  // Specs that extend specs.
  BASE_NOT_SPEC("StateSpecBaseNotSpec",
      "spec %s extends %s, which is not a @StateSpec; a spec may extend only another spec, so remove it from "
          + "`extends` or mark it @StateSpec"),
  TWO_BASES("StateSpecTwoBases",
      "spec %s extends two specs, %s and %s; a spec may extend one spec, so merge them or chain them"),
  BASE_INVALID("StateSpecBaseInvalid",
      "base spec %s has errors of its own, so %s cannot be generated on it; fix the base spec first"),
  SPEC_CYCLE("StateSpecCycle",
      "specs extend each other in a cycle (%s -> %s); break the cycle"),

  // State types.
  NO_TYPES("StateSpecNoTypes",
      "the spec declares no state types; list them in @StateSpec(types = {\"PENDING\", \"DONE\", ...})"),
  NO_TERMINAL("StateSpecNoTerminal",
      "the spec declares no terminal type, so no state would ever be final; list the final types in "
          + "@StateSpec(terminal = {...})"),
  INVALID_TYPE_NAME("StateSpecTypeName",
      "state type \"%s\" is not UPPER_SNAKE_CASE; write letters, digits and single underscores, starting "
          + "with a letter, e.g. \"AWAITING_APPROVAL\""),
  DUPLICATE_TYPE("StateSpecDuplicateType",
      "state type \"%s\" is declared twice; rename or remove one"),
  UNKNOWN_TYPE("StateSpecUnknownType",
      "%s \"%s\" names no state type of this spec; use one of %s"),
  TYPE_SPELLING("StateSpecTypeSpelling",
      "%s \"%s\" names no state type: a type is named by its constant; did you mean %s?"),
  DUPLICATE_REFERENCE("StateSpecDuplicateEntry",
      "%s lists \"%s\" twice; remove one"),
  RESERVED_NAME("StateSpecReservedName",
      "state type \"%s\" would generate %s, which %s already generates; rename the type"),
  RESERVED_METHOD("StateSpecReservedMethod",
      "\"%s\" would generate the method %s(), which is a Java keyword or a method statespec already "
          + "generates; rename it"),
  COUNT_ORDER_INCOMPLETE("StateSpecCountOrder",
      "countOrder must list every state type exactly once, but it lacks %s; add them or leave countOrder empty"),

  // Wire values.
  WIRE_VALUE_TWICE("StateSpecWireValueTwice",
      "state type \"%s\" is given a second wire value, \"%s\" (the first is \"%s\"); keep one"),
  BLANK_WIRE_VALUE("StateSpecBlankWireValue",
      "the wire value of state type \"%s\" is blank; give it text a reader can see, such as \"%s\""),
  DUPLICATE_WIRE_VALUE("StateSpecDuplicateWireValue",
      "state types %s and %s both have the wire value \"%s\", so reading it could not tell them apart; give "
          + "one of them another with @WireValue"),
  WIRE_VALUE_INHERITED("StateSpecWireValueInherited",
      "state type \"%s\" comes from base spec %s, whose JSON writes it \"%s\", so its wire value cannot change; "
          + "give wire values only to this spec's own types"),
  WIRE_CASE_CHANGED("StateSpecWireCase",
      "wire = %s differs from base spec %s, which writes its types as %s, and their wire values cannot change; "
          + "leave wire out to inherit it, and give this spec's own types other wire values with @WireValue"),

  // Groups of types.
  INVALID_GROUP_NAME("StateSpecGroupName",
      "group \"%s\" is not UPPER_SNAKE_CASE; write letters, digits and single underscores, starting with a "
          + "letter, e.g. \"UNFINISHED\""),
  GROUP_CLASH("StateSpecGroupClash",
      "group \"%s\" would generate %s, which %s already generates; rename the group"),

  // Named states and factories.
  INVALID_STATE_NAME("StateSpecStateName",
      "state name \"%s\" is not UpperCamelCase; write letters and digits starting with an upper-case "
          + "letter, e.g. \"AwaitingRetry\""),
  DUPLICATE_FACTORY("StateSpecDuplicateFactory",
      "named state \"%s\" would generate States.%s(), which %s already generates; rename the named state"),
  UNKNOWN_FACTORY("StateSpecUnknownFactory",
      "@StateSpec.Factory names \"%s\", which is no factory of this spec; use one of %s"),
  FACTORY_SPELLING("StateSpecFactorySpelling",
      "@StateSpec.Factory names \"%s\", which is no factory: a type's factory is named by its constant, a named "
          + "state's by its name; did you mean %s?"),
  ON_BUILD_NAMED_STATE("StateSpecOnBuildNamedState",
      "@StateSpec.OnBuild names \"%s\", a named state, but a build rule applies to state types (every state of "
          + "the type); did you mean %s?"),
  FACTORY_RULED_TWICE("StateSpecFactoryRuledTwice",
      "factory \"%s\" already has the rule %s(); give each factory at most one @StateSpec.Factory rule"),
  RULE_NOT_STATIC("StateSpecRuleNotStatic",
      "rule %s must be a static method of the spec; declare it `static StateDetails %s(StateDetails details, ...)`"),
  RULE_PRIVATE("StateSpecRulePrivate",
      "rule %s is private, but the generated classes call it; remove `private`"),
  RULE_SIGNATURE("StateSpecRuleSignature",
      "rule %s does not take the details first and return them; declare it "
          + "`static StateDetails %s(StateDetails details%s)`"),
  RULE_GENERIC("StateSpecRuleGeneric",
      "rule %s has type parameters, which the generated factories cannot pass on; remove them"),
  SHORTCUT_CLASH("StateSpecShortcutClash",
      "@Shortcut parameter %s would give the factories a second form taking one %s; mark only one of them @Shortcut"),
  SHORTCUT_OPTIONS("StateSpecShortcutOptions",
      "@Shortcut parameter %s has type %s, which clashes with the form taking the options; remove @Shortcut"),
  RULE_PARAMETER_NAME("StateSpecRuleParameterName",
      "rule parameter \"%s\" is reserved for the generated factories; rename it"),

  // Details.
  TWO_DETAILS("StateSpecTwoDetails",
      "the spec already has @StateSpec.Details interface %s; declare all details fields in one interface"),
  DETAILS_NOT_INTERFACE("StateSpecDetailsNotInterface",
      "@StateSpec.Details goes on an interface nested in the spec, but %s is %s; make it an interface"),
  DETAILS_OUTSIDE_SPEC("StateSpecDetailsOutsideSpec",
      "@StateSpec.Details interface %s is not nested in a @StateSpec interface; move it into the spec"),
  FIELD_PARAMETERS("StateSpecFieldParameters",
      "details field %s() takes parameters; declare it as a parameterless accessor like `UUID %s()`"),
  FIELD_TYPE("StateSpecFieldType",
      "details field %s has type %s, which statespec cannot store; use one of %s"),
  FIELD_TYPE_HIDDEN("StateSpecFieldTypeHidden",
      "details field %s has enum type %s, which the classes generated beside the spec cannot see; make %s "
          + "public, and every type it is nested in"),
  FIELD_NAME_RESERVED("StateSpecFieldReserved",
      "details field %s() has the name of a method statespec generates on StateDetails; rename it"),
  DEFAULT_INVALID("StateSpecDefault",
      "@Default(\"%s\") is not a valid %s for details field %s, %s; write the default as its JSON text, "
          + "or remove @Default"),
  JSON_NAME_INVALID("StateSpecJsonName",
      "@JsonName(\"%s\") on %s is empty or has blanks; give a JSON key such as \"flow_run_id\""),
  DUPLICATE_JSON_NAME("StateSpecDuplicateJsonName",
      "details fields %s and %s both map to JSON name \"%s\"; rename one or give it @StateSpec.JsonName"),

  // Reset and hash fields.
  UNKNOWN_FIELD("StateSpecUnknownField",
      "%s names \"%s\", which is no field; use one of %s"),
  TYPE_NOT_RESETTABLE("StateSpecTypeNotResettable",
      "reset lists \"type\", which has no default to reset to; remove it"),
  HASH_KEY_RESET("StateSpecHashKeyReset",
      "hashKey lists \"%s\", a reset field that equals ignores, so equal states would hash differently; "
          + "remove it from hashKey or from reset"),

  // The processor itself.
  WRITE_FAILED("StateSpecWrite",
      "could not write %s (%s); check that the build's output folder is writable and has room"),
  INTERNAL("StateSpecInternal",
      "statespec failed on spec %s: %s. This is a bug in statespec; please report it with the spec");

  private final String tag;
  private final String format;

  Problem(String tag, String format) {
    this.tag = tag;
    this.format = format;
  }

  /** The stable tag, without brackets: {@code StateSpecDuplicateType}. */
  public String tag() {
    return tag;
  }

  /** The message template, with {@link String#format} placeholders. */
  public String format() {
    return format;
  }

  /** What is wrong: the template up to its last {@code "; "}. */
  public String what() {
    return format.substring(0, format.lastIndexOf("; "));
  }

  /** How to fix it: the template after its last {@code "; "}. */
  public String fix() {
    return format.substring(format.lastIndexOf("; ") + 2);
  }

  /** The full message: the tag in brackets, then the filled-in template. */
  public String message(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }
}
