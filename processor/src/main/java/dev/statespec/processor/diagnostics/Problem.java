package dev.statespec.processor.diagnostics;

/**
 * Every mistake the processor reports, with its stable tag and message: the catalog behind the
 * README's "Errors you may see" table, which a test keeps equal to it. A message says what is
 * wrong in the spec author's terms, then, after the last {@code "; "}, how to fix it; the tag lets
 * tests and users search for it. Where a message names a part of an extension that it inherited
 * rather than declared, the part is followed by the base spec that declares it, {@code orderId()
 * (inherited from base.PipelineBase)}.
 */
public enum Problem {
  // The spec element itself.
  /** {@code @StateSpec} on a class, enum, record or annotation type rather than an interface. */
  SPEC_NOT_INTERFACE("StateSpecNotInterface",
      "@StateSpec goes on an interface, but %s is %s; declare it as `public interface %s`"),
  /** A spec that is not public. */
  SPEC_NOT_PUBLIC("StateSpecNotPublic",
      "spec %s must be public, since the generated classes call its rules; add `public`"),
  /** A spec nested in a type that is not public. */
  SPEC_HIDDEN("StateSpecHidden",
      "spec %s is nested in %s, which is not public, so the generated classes cannot reach it; make %s public "
          + "or move the spec to the top level"),
  /** A spec that declares type parameters. */
  SPEC_GENERIC("StateSpecGeneric",
      "spec %s has type parameters, which a spec cannot use; remove them"),
  /** A spec named like a class generated beside it ({@code State}, {@code StateType}, ...). */
  SPEC_NAME_CLASH("StateSpecNameClash",
      "spec %s has the name of a class statespec generates beside it (%s); rename the spec, e.g. to %sSpec"),
  /** A second spec in a package, which would generate the same classes as the first. */
  SAME_PACKAGE("StateSpecSamePackage",
      "spec %s would generate %s, which spec %s already generates in this package; give each spec a package "
          + "of its own"),
  /** An abstract method of the spec itself, which belongs in the details interface. */
  STRAY_METHOD("StateSpecStrayMethod",
      "abstract method %s() does not belong in a spec; move it into the @StateSpec.Details interface, "
          + "or make it a static rule with @StateSpec.Factory, @StateSpec.OnBuild or @StateSpec.OnTransition"),

  // Specs that extend specs.
  /** A spec that extends an interface that is no spec. */
  BASE_NOT_SPEC("StateSpecBaseNotSpec",
      "spec %s extends %s, which is not a @StateSpec; a spec may extend only another spec, so remove it from "
          + "`extends` or mark it @StateSpec"),
  /** A spec that extends more than one spec. */
  TWO_BASES("StateSpecTwoBases",
      "spec %s extends two specs, %s and %s; a spec may extend one spec, so merge them or chain them"),
  /**
   * A spec whose base spec has errors of its own: how many, and the first one's message as the
   * base's own compile reports it, {@code has 2 errors of its own: the first is [StateSpecUnknownType] ...}.
   */
  BASE_INVALID("StateSpecBaseInvalid",
      "base spec %s has %s of its own: %s; fix the base spec first"),
  /** Specs that extend each other in a cycle. */
  SPEC_CYCLE("StateSpecCycle",
      "specs extend each other in a cycle (%s -> %s); break the cycle"),

  // State types.
  /** A spec without state types. */
  NO_TYPES("StateSpecNoTypes",
      "the spec declares no state types; list them in @StateSpec(types = {\"QUEUED\", \"DONE\", ...})"),
  /** A spec whose types include no terminal one. */
  NO_TERMINAL("StateSpecNoTerminal",
      "the spec declares no terminal type, so no state would ever be final; list the final types in "
          + "@StateSpec(terminal = {...})"),
  /** A state type whose name is not UPPER_SNAKE_CASE. */
  INVALID_TYPE_NAME("StateSpecTypeName",
      "state type \"%s\" is not UPPER_SNAKE_CASE; write letters, digits and single underscores, starting "
          + "with a letter, e.g. \"AWAITING_APPROVAL\""),
  /** A state type declared twice, or declared again by a spec whose base has it (the base named). */
  DUPLICATE_TYPE("StateSpecDuplicateType",
      "state type %s is declared twice; rename or remove one"),
  /** A type reference ({@code terminal}, a group, ...) that names no state type of the spec. */
  UNKNOWN_TYPE("StateSpecUnknownType",
      "%s \"%s\" names no state type of this spec; use one of %s"),
  /** A type reference that names no state type but spells one another way ({@code "Awaiting Approval"}). */
  TYPE_SPELLING("StateSpecTypeSpelling",
      "%s \"%s\" names no state type: a type is named by its constant; did you mean %s?"),
  /** A list ({@code terminal}, a group, {@code reset}, {@code hashKey}, ...) that names an entry twice. */
  DUPLICATE_REFERENCE("StateSpecDuplicateEntry",
      "%s lists %s twice; remove one"),
  /**
   * A state type whose constant or predicate statespec, or a group of the base spec, already
   * generates, or whose factory a named state of the base spec already generates.
   */
  RESERVED_NAME("StateSpecReservedName",
      "state type \"%s\" would generate %s, which %s already generates; rename the type"),
  /** A state type or named state whose factory would be named by a Java keyword or a generated method. */
  RESERVED_METHOD("StateSpecReservedMethod",
      "\"%s\" would generate the method %s(), which is a Java keyword or a method statespec already "
          + "generates; rename it"),
  /**
   * More state types and groups than the generated {@code StateType} can hold: the first past the
   * limit is told, {@code 2,801 state types} or {@code 2,790 state types and 11 groups}.
   */
  TOO_MANY_TYPES("StateSpecTooManyTypes",
      "the spec declares %s, but StateType, one Java enum, holds at most %s state types and groups together "
          + "(Java constructs an enum's constants in one method of at most 64 KB); split the types among specs, "
          + "each in a package of its own"),
  /** A {@code countOrder} that leaves out state types. */
  COUNT_ORDER_INCOMPLETE("StateSpecCountOrder",
      "countOrder must list every state type exactly once, but it lacks %s; add them or leave countOrder empty"),

  // Wire values.
  /** A state type given two wire values. */
  WIRE_VALUE_TWICE("StateSpecWireValueTwice",
      "state type \"%s\" is given a second wire value, \"%s\" (the first is \"%s\"); keep one"),
  /** A state type whose wire value is blank. */
  BLANK_WIRE_VALUE("StateSpecBlankWireValue",
      "the wire value of state type \"%s\" is blank; give it text a reader can see, such as \"%s\""),
  /** Two state types with the same wire value. */
  DUPLICATE_WIRE_VALUE("StateSpecDuplicateWireValue",
      "state types %s and %s both have the wire value \"%s\", so reading it could not tell them apart; give "
          + "one of them another with @WireValue"),
  /** A wire value given to a type the spec inherits from its base. */
  WIRE_VALUE_INHERITED("StateSpecWireValueInherited",
      "state type \"%s\" comes from base spec %s, whose JSON writes it \"%s\", so its wire value cannot change; "
          + "give wire values only to this spec's own types"),
  /** A spec whose {@code wire} differs from its base spec's. */
  WIRE_CASE_CHANGED("StateSpecWireCase",
      "wire = %s differs from base spec %s, which writes its types as %s, and their wire values cannot change; "
          + "leave wire out to inherit it, and give this spec's own types other wire values with @WireValue"),

  // Groups of types.
  /** A group whose name is not UPPER_SNAKE_CASE. */
  INVALID_GROUP_NAME("StateSpecGroupName",
      "group \"%s\" is not UPPER_SNAKE_CASE; write letters, digits and single underscores, starting with a "
          + "letter, e.g. \"UNFINISHED\""),
  /** A group whose constant or predicate a state type, an earlier group or statespec already generates. */
  GROUP_CLASH("StateSpecGroupClash",
      "group \"%s\" would generate %s, which %s already generates; rename the group"),

  // Named states and factories.
  /** A named state whose name is not UpperCamelCase. */
  INVALID_STATE_NAME("StateSpecStateName",
      "state name \"%s\" is not UpperCamelCase; write letters and digits starting with an upper-case "
          + "letter, e.g. \"WaitingForApproval\""),
  /** A named state whose factory in {@code States} a type or another named state already has. */
  DUPLICATE_FACTORY("StateSpecDuplicateFactory",
      "named state \"%s\" would generate States.%s(), which %s already generates; rename the named state"),
  /** A {@code @StateSpec.Factory} that names no factory of the spec. */
  UNKNOWN_FACTORY("StateSpecUnknownFactory",
      "@StateSpec.Factory names \"%s\", which is no factory of this spec; use one of %s"),
  /** A {@code @StateSpec.Factory} that names no factory but spells one another way. */
  FACTORY_SPELLING("StateSpecFactorySpelling",
      "@StateSpec.Factory names \"%s\", which is no factory: a type's factory is named by its constant, a named "
          + "state's by its name; did you mean %s?"),
  /** A {@code @StateSpec.OnBuild} that names a named state rather than a state type. */
  ON_BUILD_NAMED_STATE("StateSpecOnBuildNamedState",
      "@StateSpec.OnBuild names \"%s\", a named state, but a build rule applies to state types (every state of "
          + "the type); did you mean %s?"),
  /** A factory named by two {@code @StateSpec.Factory} rules. */
  FACTORY_RULED_TWICE("StateSpecFactoryRuledTwice",
      "factory \"%s\" already has the rule %s; give each factory at most one @StateSpec.Factory rule"),
  /** A rule that is not a static method. */
  RULE_NOT_STATIC("StateSpecRuleNotStatic",
      "rule %s must be a static method of the spec; declare it `static StateDetails %s(StateDetails details, ...)`"),
  /** A rule that is private. */
  RULE_PRIVATE("StateSpecRulePrivate",
      "rule %s is private, but the generated classes call it; remove `private`"),
  /** A rule that does not take the details as its first parameter and return them. */
  RULE_SIGNATURE("StateSpecRuleSignature",
      "rule %s does not take the details first and return them; declare it "
          + "`static StateDetails %s(StateDetails details%s)`"),
  /** A rule that declares type parameters. */
  RULE_GENERIC("StateSpecRuleGeneric",
      "rule %s has type parameters, which the generated factories cannot pass on; remove them"),
  /** A {@code @Shortcut} parameter whose type (erased) another {@code @Shortcut} parameter of the rule has. */
  SHORTCUT_CLASH("StateSpecShortcutClash",
      "@Shortcut parameter %s would give the factories a second form taking one %s; mark only one of them @Shortcut"),
  /** A {@code @Shortcut} parameter of type {@code Consumer}, the type of the factories' options. */
  SHORTCUT_OPTIONS("StateSpecShortcutOptions",
      "@Shortcut parameter %s has type %s, which clashes with the form taking the options; remove @Shortcut"),
  /** A rule parameter named like a local variable of the generated factories. */
  RULE_PARAMETER_NAME("StateSpecRuleParameterName",
      "rule parameter \"%s\" is reserved for the generated factories; rename it"),

  // Transitions.
  /** A method marked {@code @OnTransition} and {@code @Factory} or {@code @OnBuild}. */
  RULE_TWO_KINDS("StateSpecRuleTwoKinds",
      "rule %s is marked both @StateSpec.OnTransition and @StateSpec.%s, which call for different signatures; "
          + "split it into two methods"),
  /** A transition rule that is not static, is generic, or does not take two states and return a decision. */
  TRANSITION_RULE_SIGNATURE("StateSpecTransitionRuleSignature",
      "transition rule %s %s; declare it `static TransitionDecision<State> %s(State initial, State proposed)`"),
  /** A name in a transitions entry or a transition rule that is no type, no group and no {@code StateSpec.START}. */
  UNKNOWN_TRANSITION_TYPE("StateSpecUnknownTransitionType",
      "%s \"%s\" names no state type or group of this spec; use one of %s"),
  /** A {@code from} or {@code to} that stands for no type: written empty, or naming only empty groups. */
  EMPTY_TRANSITION_TYPES("StateSpecEmptyTransitionTypes",
      "%s names no state type, so %s never matches a transition; name a type, or a group that has types"),
  /** A transition rule none of whose transitions the transitions table allows. */
  RULE_NEVER_RUNS("StateSpecRuleNeverRuns",
      "rule %s runs only on transitions from %s to %s, none of which the transitions table allows, so it never "
          + "runs; allow one of them with @Allow, or remove the rule"),
  /** A transitions entry that lets a terminal type go to another with no transition rule to decide. */
  TERMINAL_TRANSITION("StateSpecTerminalTransition",
      "%s lets terminal %s leave (%s) with no @OnTransition rule to decide, though the states of a terminal type "
          + "are final; add a rule that runs on these transitions, or make the type not terminal"),
  /** A transitions table with no entry from {@code StateSpec.START}. */
  NO_START("StateSpecNoStart",
      "the transitions table lets no type be a first state, so the policy would refuse every first state; add "
          + "@Allow(from = StateSpec.START, to = {...}) with the types a first state may be"),
  /** A type that no transition of the table leads to; a warning, since a type read only from stored states may mean it. */
  UNREACHABLE_TYPE("StateSpecUnreachableType",
      "state type %s is reachable by no transition of the table, so no state of it can follow another or be "
          + "first; allow a transition to it with @Allow, or remove the type (or say @SuppressWarnings(\"statespec\") "
          + "on the spec if only stored states have it)", true),

  // Details.
  /** A second {@code @StateSpec.Details} type in one spec. */
  TWO_DETAILS("StateSpecTwoDetails",
      "the spec already has @StateSpec.Details interface %s; declare all details fields in one interface"),
  /** {@code @StateSpec.Details} on a type that is not an interface. */
  DETAILS_NOT_INTERFACE("StateSpecDetailsNotInterface",
      "@StateSpec.Details goes on an interface nested in the spec, but %s is %s; make it an interface"),
  /** {@code @StateSpec.Details} on an interface not nested in a spec. */
  DETAILS_OUTSIDE_SPEC("StateSpecDetailsOutsideSpec",
      "@StateSpec.Details interface %s is not nested in a @StateSpec interface; move it into the spec"),
  /** A details field accessor that takes parameters. */
  FIELD_PARAMETERS("StateSpecFieldParameters",
      "details field %s() takes parameters; declare it as a parameterless accessor like `UUID %s()`"),
  /** A details field of a type statespec cannot store. */
  FIELD_TYPE("StateSpecFieldType",
      "details field %s has type %s, which statespec cannot store; use one of %s"),
  /** A details field of an enum type that the generated classes cannot see. */
  FIELD_TYPE_HIDDEN("StateSpecFieldTypeHidden",
      "details field %s has enum type %s, which the classes generated beside the spec cannot see; make %s "
          + "public, and every type it is nested in"),
  /** A details field named like a method of the generated {@code StateDetails}. */
  FIELD_NAME_RESERVED("StateSpecFieldReserved",
      "details field %s() has the name of a method statespec generates on StateDetails; rename it"),
  /** More details fields than the generated {@code StateDetails} can hold: the first past the limit is told. */
  TOO_MANY_FIELDS("StateSpecTooManyFields",
      "the details declare %s fields, but StateDetails holds at most %s (Java allows a method at most 64 KB "
          + "of code, and its builder copies every field in one); gather some into a `Map<String, Object>` "
          + "field, which holds any JSON object"),
  /** A {@code @Default} whose text is no valid value of its field's type. */
  DEFAULT_INVALID("StateSpecDefault",
      "@Default(\"%s\") is not a valid %s for details field %s, %s; write the default as its JSON text, "
          + "or remove @Default"),
  /** A {@code @JsonName} that is empty or has blanks. */
  JSON_NAME_INVALID("StateSpecJsonName",
      "@JsonName(\"%s\") on %s is empty or has blanks; give a JSON key such as \"order_id\""),
  /** A details field declared again by a spec whose base has it, under whatever JSON name. */
  DUPLICATE_FIELD("StateSpecDuplicateField",
      "details field %s is declared twice; rename or remove one"),
  /** Two details fields with the same JSON name. */
  DUPLICATE_JSON_NAME("StateSpecDuplicateJsonName",
      "details fields %s and %s both map to JSON name \"%s\"; rename one or give it @StateSpec.JsonName"),

  // Reset and hash fields.
  /**
   * A field reference ({@code reset}, {@code hashKey}, the schema's required fields or descriptions)
   * that names no field.
   */
  UNKNOWN_FIELD("StateSpecUnknownField",
      "%s names \"%s\", which is no field; use one of %s"),
  /** A {@code reset} that lists {@code "type"}. */
  TYPE_NOT_RESETTABLE("StateSpecTypeNotResettable",
      "reset lists \"type\", which has no default to reset to; remove it"),
  /** A {@code hashKey} field that is also a reset field. */
  HASH_KEY_RESET("StateSpecHashKeyReset",
      "hashKey lists %s, %s that equals ignores, so equal states would hash differently; "
          + "remove it from hashKey or from reset"),

  // The processor itself.
  /** A generated source or resource file that could not be written. */
  WRITE_FAILED("StateSpecWrite",
      "could not write %s (%s); check that the build's output folder is writable and has room"),
  /** An exception the processor threw on a spec: a bug in statespec. */
  INTERNAL("StateSpecInternal",
      "statespec failed on spec %s: %s. This is a bug in statespec; please report it with the spec");

  private final String tag;
  private final String format;
  private final boolean warning;

  Problem(String tag, String format) {
    this(tag, format, false);
  }

  Problem(String tag, String format, boolean warning) {
    this.tag = tag;
    this.format = format;
    this.warning = warning;
  }

  /**
   * Whether this is a warning rather than an error: a spec may mean it, so it compiles (unless the
   * build turns warnings into errors) and is generated whole.
   *
   * @return whether it is a warning
   */
  public boolean isWarning() {
    return warning;
  }

  /**
   * The stable tag, without brackets: {@code StateSpecDuplicateType}.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * The message template, with {@link String#format} placeholders.
   *
   * @return the template
   */
  public String format() {
    return format;
  }

  /**
   * What is wrong: the template up to its last {@code "; "}.
   *
   * @return the first part of the template
   */
  public String what() {
    return format.substring(0, format.lastIndexOf("; "));
  }

  /**
   * How to fix it: the template after its last {@code "; "}.
   *
   * @return the last part of the template
   */
  public String fix() {
    return format.substring(format.lastIndexOf("; ") + 2);
  }

  /**
   * The full message: the tag in brackets, then the filled-in template.
   *
   * @param args the values of the template's placeholders, in order
   * @return the message
   */
  public String message(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }
}
