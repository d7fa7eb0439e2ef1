package dev.statespec.processor.util;

import com.palantir.javapoet.ClassName;

/**
 * Every class the processor reads or writes by name, in one place. The spec annotations are named
 * by string rather than class literal so that the processor does not need them on its own class
 * path; the runtime classes are only ever referenced from generated code.
 */
public final class Names {

  private Names() {}

  // The spec vocabulary (statespec-annotations).
  /** {@code @StateSpec}, which marks a spec interface. */
  public static final String STATE_SPEC = "dev.statespec.annotations.StateSpec";
  /** {@code @StateSpec.Details}, which marks a spec's details interface. */
  public static final String DETAILS = STATE_SPEC + ".Details";
  /** {@code @StateSpec.Default}, a details field's default as JSON text. */
  public static final String DEFAULT = STATE_SPEC + ".Default";
  /** {@code @StateSpec.JsonName}, a details field's JSON key. */
  public static final String JSON_NAME = STATE_SPEC + ".JsonName";
  /** {@code @StateSpec.Factory}, which marks a rule that shapes factories. */
  public static final String FACTORY = STATE_SPEC + ".Factory";
  /** {@code @StateSpec.Shortcut}, which gives a rule parameter a factory form of its own. */
  public static final String SHORTCUT = STATE_SPEC + ".Shortcut";
  /** {@code @StateSpec.OnBuild}, which marks a rule run on every build of states of its types. */
  public static final String ON_BUILD = STATE_SPEC + ".OnBuild";
  /** {@code @StateSpec.OnTransition}, which marks a rule the generated policy runs on transitions. */
  public static final String ON_TRANSITION = STATE_SPEC + ".OnTransition";
  /** {@code StateSpec.START}'s value: in a transition's {@code from}, no state (a first state). */
  public static final String START = "[*]";

  // What generated code runs against (statespec-runtime).
  private static final String RUNTIME = "dev.statespec.runtime";
  /** {@code StateClock}, whose {@code now()} gives default timestamps. */
  public static final ClassName STATE_CLOCK = ClassName.get(RUNTIME, "StateClock");
  /** {@code UuidV7}, whose {@code next()} gives default ids. */
  public static final ClassName UUID_V7 = ClassName.get(RUNTIME, "UuidV7");
  /** {@code Values}, the readers of loosely typed input. */
  public static final ClassName VALUES = ClassName.get(RUNTIME, "Values");
  /** {@code FieldMap}, the map {@code toMap()} and {@code ormDict()} return. */
  public static final ClassName FIELD_MAP = ClassName.get(RUNTIME, "FieldMap");
  /** {@code PythonRepr}, which quotes strings in {@code toString()}. */
  public static final ClassName PYTHON_REPR = ClassName.get(RUNTIME, "PythonRepr");
  /** {@code StateValidationException}, which generated classes throw for bad input. */
  public static final ClassName STATE_VALIDATION_EXCEPTION = ClassName.get(RUNTIME, "StateValidationException");
  /** {@code StateKind}, which {@code StateType} implements. */
  public static final ClassName STATE_KIND = ClassName.get(RUNTIME, "StateKind");
  /** {@code SchemaValue}, which {@code StateDetails} and {@code CountByState} implement. */
  public static final ClassName SCHEMA_VALUE = ClassName.get(RUNTIME, "SchemaValue");
  /** {@code StateValue}, which {@code State} implements. */
  public static final ClassName STATE_VALUE = ClassName.get(RUNTIME, "StateValue");
  /** {@code WireValues}, the wire values of an enum and their reader. */
  public static final ClassName WIRE_VALUES = ClassName.get(RUNTIME, "WireValues");

  /** {@code TransitionDecision}, what a transition rule returns. */
  public static final ClassName TRANSITION_DECISION = ClassName.get(RUNTIME, "TransitionDecision");
  /** {@code TransitionRules}, the order of a spec's own transition rules, on its generated policy. */
  public static final ClassName TRANSITION_RULES = ClassName.get(RUNTIME, "TransitionRules");
  /** {@code TransitionResult}, what the generated policy returns. */
  public static final ClassName TRANSITION_RESULT = ClassName.get(RUNTIME, "TransitionResult");
  /** {@code TransitionRejectedException}, what the generated policy's {@code enforce} throws. */
  public static final ClassName TRANSITION_REJECTED_EXCEPTION = ClassName.get(RUNTIME, "TransitionRejectedException");

  /** {@code StateSpecGenerated}, the class-retention mark every generated class carries. */
  public static final ClassName STATE_SPEC_GENERATED = ClassName.get(RUNTIME, "StateSpecGenerated");

  // Annotations on generated code.
  private static final String JSPECIFY = "org.jspecify.annotations";
  /** {@code @NullMarked}, on every generated top-level class: what is not {@code @Nullable} is not null. */
  public static final ClassName NULL_MARKED = ClassName.get(JSPECIFY, "NullMarked");
  /** {@code @Nullable}, a type-use annotation on each generated type that admits null. */
  public static final ClassName NULLABLE = ClassName.get(JSPECIFY, "Nullable");
  /** {@code @Generated}, on every generated class. */
  public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  /** {@code @JsonProperty}, a JSON key; also read on the constants of a field's enum, for their wire values. */
  public static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  /** {@code @JsonPropertyOrder}, which keeps JSON keys in field order. */
  public static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  /** {@code @JsonValue}, on {@code StateType.wireValue()}. */
  public static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  /** {@code @JsonCreator}, on the {@code fromJson} that builds a value from its JSON-filled builder. */
  public static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  /** {@code JsonCreator.Mode}, for {@code DELEGATING}. */
  public static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");
  /** {@code @JsonInclude}, so that null fields are written too. */
  public static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  /** {@code JsonInclude.Include}, for {@code ALWAYS}. */
  public static final ClassName JSON_INCLUDE_VALUE = JSON_INCLUDE.nestedClass("Include");
  /** {@code @JsonIgnore}, which hides a member from Jackson. */
  public static final ClassName JSON_IGNORE = ClassName.get(JACKSON, "JsonIgnore");
  /** {@code @JsonIgnoreProperties}, so that unknown keys are skipped. */
  public static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
  /** {@code @JsonFormat}, so that instants are written as ISO-8601 text. */
  public static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
  /** {@code JsonFormat.Shape}, for {@code STRING}. */
  public static final ClassName JSON_FORMAT_SHAPE = JSON_FORMAT.nestedClass("Shape");
  /** {@code @JsonTypeInfo}, so that no polymorphic typing applies. */
  public static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  /** {@code JsonTypeInfo.Id}, for {@code NONE}. */
  public static final ClassName JSON_TYPE_INFO_ID = JSON_TYPE_INFO.nestedClass("Id");
  /** {@code @JsonAutoDetect}, so that Jackson sees only the annotated members. */
  public static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
  /** {@code JsonAutoDetect.Visibility}, for {@code NONE}. */
  public static final ClassName JSON_AUTO_DETECT_VISIBILITY = JSON_AUTO_DETECT.nestedClass("Visibility");

  /** The processor's name, the only value of {@code @Generated} so output does not vary. */
  public static final String PROCESSOR = "dev.statespec.processor.StateSpecProcessor";
}
