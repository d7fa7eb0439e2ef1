package dev.statespec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public top-level interface as a <em>state spec</em>: the compact description from which
 * the statespec processor generates a state schema in the interface's package.
 *
 * <p>For a spec the processor writes five classes beside it:
 *
 * <ul>
 *   <li>{@code StateType}: an enum of {@link #types()}, each knowing whether it is terminal;
 *   <li>{@code StateDetails}: an immutable value of the fields declared by the spec's
 *       {@link Details @Details} interface;
 *   <li>{@code CountByState}: an immutable count per state type;
 *   <li>{@code State}: an immutable state (id, type, name, timestamp, message, data, details) with
 *       an {@code isX()} predicate per type, {@code resetFields()}, {@code ormDict()} and friends;
 *   <li>{@code States}: a factory method per type and per {@link Named named state}.
 * </ul>
 *
 * <p>Names in the spec are plain strings checked at compile time: a type, a named state or a field
 * the spec refers to but never declares is a compile error on the annotation that names it.
 *
 * <p>Rules that are computation rather than data are small static methods of the spec, marked
 * {@link Factory @Factory} or {@link OnBuild @OnBuild}; they receive and return the generated
 * {@code StateDetails}, so they are ordinary, typed, debuggable Java. Transition rules, marked
 * {@link OnTransition @OnTransition}, receive two states and decide whether the second may follow
 * the first; with a {@link #transitions() transitions table} they make the generated {@code
 * StatePolicy}.
 *
 * <p>Retention is {@link RetentionPolicy#CLASS CLASS} so that a spec compiled into a jar can still
 * be read by the processor when another spec builds on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StateSpec {

  /**
   * The state types, in declaration order, as upper snake case names ({@code "RUNNING"},
   * {@code "AWAITING_APPROVAL"}). They become the constants of the generated {@code StateType}
   * enum, the {@code isX()} predicates of {@code State} and the default factories of
   * {@code States}. A type's default state name is its name split on {@code _}, each part
   * capitalized, joined with a space ({@code AWAITING_APPROVAL} is named {@code "Awaiting
   * Approval"}).
   *
   * @return the state types
   */
  String[] types() default {};

  /**
   * The types whose states are final: {@code StateType.isTerminal()}, {@code
   * StateType.TERMINAL_STATES} and {@code State.isFinal()} follow this list.
   *
   * @return the terminal types
   */
  String[] terminal() default {};

  /**
   * Named groups of types besides the terminal ones ({@code UNFINISHED}, {@code FAILURE}), each with
   * its set and predicates, as {@link #terminal()} has {@code TERMINAL_STATES} and {@code
   * isTerminal()}; see {@link Group}.
   *
   * @return the groups
   */
  Group[] groups() default {};

  /**
   * States with a name of their own beyond the type's default ({@code "Retrying"} of type {@code
   * RUNNING}). Each gets a factory in {@code States} named after it ({@code retrying()}).
   *
   * @return the named states
   */
  Named[] named() default {};

  /**
   * Fields of {@code State} that {@code resetFields()} gives fresh defaults and that {@code equals}
   * ignores: any of {@code "id"}, {@code "name"}, {@code "timestamp"}, {@code "message"}, {@code
   * "data"}, {@code "stateDetails"}.
   *
   * @return the reset fields
   */
  String[] reset() default {};

  /**
   * The fields {@code State.hashCode()} hashes, when it should hash fewer than {@code equals}
   * compares: state fields by name ({@code "timestamp"}, {@code "type"}) and details fields as
   * {@code "stateDetails.<accessor>"}. None may be a {@link #reset()} field, since equal states
   * must hash alike. Empty (the default) hashes every field {@code equals} compares.
   *
   * @return the fields hashed
   */
  String[] hashKey() default {};

  /**
   * The order of the keys of {@code CountByState} in its map, its JSON and its schema; every type
   * exactly once. Empty (the default) keeps the order of {@link #types()}.
   *
   * @return the types in count order
   */
  String[] countOrder() default {};

  /**
   * How the state types are written on the wire, where a value stands for a type: the {@code type}
   * of a state in JSON, maps and ORM rows, the keys of {@code CountByState}, and the JSON Schema's
   * {@code enum}. {@link WireCase#CONSTANT_NAME CONSTANT_NAME} (the default, Prefect's) writes
   * {@code AWAITING_APPROVAL} as {@code "AWAITING_APPROVAL"}; {@link WireCase#LOWER_SNAKE
   * LOWER_SNAKE} as {@code "awaiting_approval"}. {@link #wireValues()} overrides the rule type by
   * type. Reading accepts the wire values alone, and refuses any other text listing them.
   *
   * <p>A spec that extends another inherits its rule: it may leave this out, or repeat it, but not
   * change it, since the base's types keep the wire values the base's own JSON carries.
   *
   * @return how the types are written
   */
  WireCase wire() default WireCase.CONSTANT_NAME;

  /**
   * Wire values given type by type, each overriding {@link #wire()} for its type: {@code
   * wireValues = @WireValue(type = "TIMED_OUT", value = "timeout")}. No two types may share a wire
   * value, and none may be blank. A spec that extends another gives wire values to its own types
   * only.
   *
   * @return the explicit wire values
   */
  WireValue[] wireValues() default {};

  /**
   * What the generated JSON Schema says beyond what the types themselves tell: descriptions,
   * examples, and which fields a reader may count on. Nothing here changes generated behaviour.
   *
   * @return what the schema adds
   */
  Schema schema() default @Schema;

  /**
   * The spec's table of allowed transitions: which type a state may be followed by, and which types
   * a first state (one with no state before it) may be. Each entry names its types by their
   * constants or by {@link Group groups}, and {@link #START} in {@code from} stands for no state:
   *
   * <pre>{@code
   * transitions = {
   *   @Allow(from = START, to = "QUEUED"),
   *   @Allow(from = "QUEUED", to = {"RUNNING", "CANCELLED"}),
   *   @Allow(from = "RUNNING", to = {"DONE", "FAILED"})}
   * }</pre>
   *
   * <p>With a table, the generated {@code StateType} answers {@code canTransitionTo(next)} and
   * {@code canStart()}, and the generated {@code StatePolicy} refuses a transition the table does
   * not list before any {@link OnTransition @OnTransition} rule runs. Without one (the default),
   * every transition is allowed, and the rules alone decide. A spec that extends another adds its
   * entries to the base's table.
   *
   * @return the allowed transitions
   */
  Allow[] transitions() default {};

  /**
   * In the {@code from} of an {@link Allow @Allow} or an {@link OnTransition @OnTransition}: no
   * state, so that the entry or rule applies to a first state. It is no type's name, since types
   * are upper snake case.
   */
  String START = "[*]";

  /** How {@link #wire()} writes a state type that has no {@link WireValue} of its own. */
  enum WireCase {
    /** As its constant: {@code AWAITING_APPROVAL} is {@code "AWAITING_APPROVAL"}. */
    CONSTANT_NAME,
    /** In lower snake case: {@code AWAITING_APPROVAL} is {@code "awaiting_approval"}. */
    LOWER_SNAKE
  }

  /** The wire value of one state type, overriding the spec's {@link StateSpec#wire()} rule for it. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface WireValue {

    /**
     * The state type, by its constant, one of the spec's own {@link StateSpec#types()}.
     *
     * @return the state type
     */
    String type();

    /**
     * The text the type is written as, and the only text read as it: not blank, no other type's.
     *
     * @return the wire value
     */
    String value();
  }

  /**
   * A named group of state types. For a group {@code UNFINISHED} the processor generates, as it does
   * for the terminal types, a constant {@code StateType.UNFINISHED_STATES} (an unmodifiable set), a
   * predicate {@code StateType.isUnfinished()} and a predicate {@code State.isUnfinished()}. Its
   * predicates must be no one else's: a group named like a type ({@code FAILED}), like {@code FINAL}
   * or {@code TERMINAL}, or like another group is a compile error on its name.
   *
   * <p>A spec that extends another inherits the base's groups and may add its own. It may also add
   * its own types to a base group by declaring a group of the same name: the group is then the
   * union, the base's types first.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Group {

    /**
     * The group's name, in UPPER_SNAKE_CASE like a type ({@code "UNFINISHED"}).
     *
     * @return the group's name
     */
    String name();

    /**
     * The group's types, by their constants ({@code "PENDING"}), each at most once.
     *
     * @return the group's types
     */
    String[] types();
  }

  /** A group of named states of one type. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Named {

    /**
     * The state type of these named states, one of the spec's {@link StateSpec#types()}.
     *
     * @return the state type
     */
    String type();

    /**
     * The state names, in UpperCamelCase ({@code "AwaitingRetry"}); the factory method is the
     * name in lowerCamelCase ({@code awaitingRetry()}).
     *
     * @return the state names
     */
    String[] names();
  }

  /**
   * The JSON Schema of a spec. The schema's {@code State} is described by the spec's Javadoc and its
   * {@code StateDetails} by the {@link Details @Details} interface's Javadoc; fields are described
   * here, as pydantic's {@code Field(description=...)} does.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Schema {

    /**
     * The description of the {@code StateType} definition; none when empty.
     *
     * @return the description, or empty
     */
    String typeDescription() default "";

    /**
     * State fields listed as {@code required} besides {@code type}, which always is: fields every
     * document carries, such as an id. State field names ({@code "id"}, {@code "timestamp"}, ...).
     *
     * @return the required state fields
     */
    String[] required() default {};

    /**
     * Descriptions and examples of single fields.
     *
     * @return the descriptions of fields
     */
    Describe[] fields() default {};

    /**
     * Whether the Javadoc of the {@link Details @Details} interface and of its fields describes
     * {@code StateDetails} and its fields, as it does unless this says {@code false}. A spec whose
     * schema must match another's word for word (Prefect's, whose details say nothing) documents its
     * details for Java readers and leaves their schema to {@link #fields()}. The generated classes
     * carry the Javadoc either way. It is the spec's own say about its own schema: a spec that
     * extends another decides for itself (a base read from a jar brings no Javadoc anyway).
     *
     * @return whether the details' Javadoc describes them in the schema
     */
    boolean detailsJavadoc() default true;
  }

  /** The schema description and examples of one field. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Describe {

    /**
     * The field: a state field by name ({@code "message"}), or a details field as {@code
     * "stateDetails.<accessor>"}.
     *
     * @return the field
     */
    String field();

    /**
     * The field's description; none when empty.
     *
     * @return the description, or empty
     */
    String description() default "";

    /**
     * Example values, as JSON texts would show them ({@code "Run started"}).
     *
     * @return the examples
     */
    String[] examples() default {};
  }

  /**
   * One entry of the {@link StateSpec#transitions() transitions table}: a state of any type of
   * {@code from} may be followed by a state of any type of {@code to}. Both name state types by
   * their constants, or {@link Group groups} by their names, which stand for their types (in a spec
   * that extends another, the group's types there, its own included).
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Allow {

    /**
     * The types a state may come from: constants, group names, or {@link StateSpec#START} for a
     * first state.
     *
     * @return the types before
     */
    String[] from();

    /**
     * The types the state may go to: constants or group names.
     *
     * @return the types after
     */
    String[] to();
  }

  /**
   * Marks a static method of the spec as a transition rule: the generated {@code StatePolicy}
   * calls it on every transition whose types it names, in declaration order, after the {@link
   * StateSpec#transitions() transitions table} allowed the transition. Signature:
   *
   * <pre>{@code
   * static TransitionDecision<State> name(State initial, State proposed)
   * }</pre>
   *
   * <p>where {@code State} is the generated state of the spec, {@code initial} the state before
   * ({@code null} for a first state) and {@code proposed} the state proposed after it. In a
   * null-marked package (JSpecify), a rule that runs on a first state, its {@code from} left out or
   * naming {@link StateSpec#START}, declares {@code @Nullable State initial}; the parameters' types
   * may carry type-use annotations. The rule
   * returns {@code TransitionDecision.accept()}, {@code acceptWith(state)} to accept an amended
   * state in place of the proposed one, {@code reject(reason)}, {@code rejectWith(state, reason)}
   * to propose another state instead, or {@code abort(reason)}. The first rule that does not accept
   * decides; a rule that accepts leaves the decision to the next.
   *
   * <p>A rule of a spec another spec extends keeps working in the extension's policy, on the
   * transitions between types of its own spec: it receives the states converted to its spec's.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface OnTransition {

    /**
     * The types of the state before: constants, group names, or {@link StateSpec#START} for no
     * state. Empty (the default): any, a first state included.
     *
     * @return the types before
     */
    String[] from() default {};

    /**
     * The types of the proposed state: constants or group names. Empty (the default): any.
     *
     * @return the types after
     */
    String[] to() default {};
  }

  /**
   * Marks the nested interface whose abstract methods declare the fields of {@code StateDetails}.
   *
   * <p>Each method is a field: its name is the Java accessor, its return type the field type, its
   * Javadoc the field's documentation. Supported types: {@code String}, {@code UUID}, {@code
   * Instant}, {@code boolean}/{@code Boolean}, {@code int}/{@code Integer}, {@code long}/{@code
   * Long}, {@code List<String>} and {@code Map<String, String>}. A primitive defaults to {@code
   * false}/{@code 0}, anything else to {@code null}, unless the method carries
   * {@link Default @Default}. The JSON name is the accessor in snake_case unless it carries
   * {@link JsonName @JsonName}.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface Details {}

  /**
   * The default value of a details field, written as its JSON text would be: {@code "false"},
   * {@code "42"}, {@code "some text"}, {@code "2024-01-01T00:00:00Z"}. Checked against the field's
   * type at compile time.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface Default {
    /**
     * The default value, written as its JSON text and checked against the field's type.
     *
     * @return the default, as its JSON text
     */
    String value();
  }

  /** The JSON (and map) name of a details field, when its snake_case accessor name is not. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface JsonName {
    /**
     * The field's key in maps and JSON.
     *
     * @return the JSON name
     */
    String value();
  }

  /**
   * Marks a static method of the spec as the rule of one or more factories of {@code States}.
   *
   * <p>The method's first parameter and its return type are the generated {@code StateDetails}:
   * it receives the details the caller's options produced (or the defaults) and returns the
   * details of the new state. Its other parameters become the factory's arguments, in order,
   * before the options: a rule {@code static StateDetails scheduled(StateDetails details, Instant
   * scheduledTime)} for the factory {@code "Late"} yields {@code late()}, {@code late(options)} and
   * {@code late(scheduledTime, options)}; a parameter marked {@link Shortcut @Shortcut} also gets
   * a form of its own ({@code late(scheduledTime)}). Arguments left out are passed as {@code null}
   * (or {@code false}/{@code 0}).
   *
   * <p>A rule may throw {@link IllegalArgumentException} to refuse a combination of arguments.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface Factory {

    /**
     * The factories this rule shapes: a type's factory by the type's constant ({@code
     * "SCHEDULED"}), a {@link Named named state}'s by its name ({@code "AwaitingRetry"}); never by a
     * display name such as {@code "Scheduled"}. A name spelled another way is a compile error that
     * suggests the right spelling.
     *
     * @return the factories shaped, by type constant or named state name
     */
    String[] value();
  }

  /** Gives a {@link Factory @Factory} parameter a factory form that takes only that argument. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PARAMETER)
  @interface Shortcut {}

  /**
   * Marks a static method of the spec that normalizes the details of every state of the given
   * types when it is built, whichever way it is built (builder, factory, map or JSON). Signature:
   * {@code static StateDetails name(StateDetails details)}.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface OnBuild {

    /**
     * The state types whose details this rule normalizes, by their constants ({@code
     * "AWAITING_APPROVAL"}). A rule applies to every state of its types, so it names no
     * {@link Named named state}: name the named state's type instead.
     *
     * @return the state types, by their constants
     */
    String[] value();
  }
}
