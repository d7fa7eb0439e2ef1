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
  public static final String STATE_SPEC = "dev.statespec.annotations.StateSpec";
  public static final String DETAILS = STATE_SPEC + ".Details";
  public static final String DEFAULT = STATE_SPEC + ".Default";
  public static final String JSON_NAME = STATE_SPEC + ".JsonName";
  public static final String FACTORY = STATE_SPEC + ".Factory";
  public static final String SHORTCUT = STATE_SPEC + ".Shortcut";
  public static final String ON_BUILD = STATE_SPEC + ".OnBuild";

  // What generated code runs against (statespec-runtime).
  private static final String RUNTIME = "dev.statespec.runtime";
  public static final ClassName STATE_CLOCK = ClassName.get(RUNTIME, "StateClock");
  public static final ClassName UUID_V7 = ClassName.get(RUNTIME, "UuidV7");
  public static final ClassName VALUES = ClassName.get(RUNTIME, "Values");
  public static final ClassName FIELD_MAP = ClassName.get(RUNTIME, "FieldMap");
  public static final ClassName PYTHON_REPR = ClassName.get(RUNTIME, "PythonRepr");
  public static final ClassName STATE_VALIDATION_EXCEPTION = ClassName.get(RUNTIME, "StateValidationException");
  public static final ClassName STATE_KIND = ClassName.get(RUNTIME, "StateKind");
  public static final ClassName SCHEMA_VALUE = ClassName.get(RUNTIME, "SchemaValue");
  public static final ClassName STATE_VALUE = ClassName.get(RUNTIME, "StateValue");
  public static final ClassName WIRE_VALUES = ClassName.get(RUNTIME, "WireValues");

  // Annotations on generated code.
  public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  public static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  public static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  public static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  public static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  public static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");
  public static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  public static final ClassName JSON_INCLUDE_VALUE = JSON_INCLUDE.nestedClass("Include");
  public static final ClassName JSON_IGNORE = ClassName.get(JACKSON, "JsonIgnore");
  public static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
  public static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
  public static final ClassName JSON_FORMAT_SHAPE = JSON_FORMAT.nestedClass("Shape");
  public static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  public static final ClassName JSON_TYPE_INFO_ID = JSON_TYPE_INFO.nestedClass("Id");
  public static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
  public static final ClassName JSON_AUTO_DETECT_VISIBILITY = JSON_AUTO_DETECT.nestedClass("Visibility");

  /** The processor's name, the only value of {@code @Generated} so output does not vary. */
  public static final String PROCESSOR = "dev.statespec.processor.StateSpecProcessor";
}
