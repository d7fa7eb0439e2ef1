package dev.statespec.processor.generate;

import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.SchemaModel;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.util.CaseFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a spec's wire format: one document
 * whose {@code $defs} hold {@code State}, {@code StateType}, {@code StateDetails} and {@code
 * CountByState}, shaped as pydantic's {@code model_json_schema()} shapes them. References read
 * {@code #/$defs/X}, pydantic's own form; an OpenAPI document that keeps its schemas under {@code
 * #/components/schemas/} can take the definitions with that prefix rewritten.
 */
public final class SchemaGenerator {

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public SchemaGenerator() {}

  /** Where schemas go in the class output, so they ship inside the user's jar. */
  public static final String RESOURCE_FOLDER = "META-INF/statespec/";

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String DEFS = "#/$defs/";
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");

  /** {@code {@return the owner}}, which Javadoc renders as the sentence {@code Returns the owner.} */
  private static final Pattern RETURN_TAG = Pattern.compile("\\{@return\\s+([^}]*)}");

  /**
   * The resource name of {@code spec}'s schema: {@code
   * META-INF/statespec/com.example.MySpec.schema.json}.
   *
   * @param spec the spec
   * @return the name, under {@link #RESOURCE_FOLDER}
   */
  public static String resourceName(SpecModel spec) {
    return RESOURCE_FOLDER + spec.specClass().canonicalName() + ".schema.json";
  }

  /**
   * The schema document of {@code spec}, as JSON text.
   *
   * @param spec the spec's sound model
   * @return the document
   */
  public String generate(SpecModel spec) {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put(spec.names().state().simpleName(), state(spec));
    defs.put(spec.names().stateType().simpleName(), stateType(spec));
    defs.put(spec.names().stateDetails().simpleName(), stateDetails(spec));
    defs.put(spec.names().countByState().simpleName(), countByState(spec));

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("$schema", DIALECT);
    document.put("title", spec.specClass().simpleName());
    document.put("$ref", DEFS + spec.names().state().simpleName());
    document.put("$defs", defs);
    return JsonText.write(document);
  }

  // {"properties": {"id": {...}, ...}, "type": "object", "required": ["type", ...], "title": "State", "description": ...}
  private static Map<String, Object> state(SpecModel spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (StateField field : StateField.values()) {
      Map<String, Object> property = stateFieldShape(spec, field);
      if (field != StateField.TYPE && field != StateField.STATE_DETAILS) {
        property.put("title", CaseFormat.title(field.jsonName()));
      }
      describe(property, spec.schema().describe(field.javaName()));
      properties.put(field.jsonName(), property);
    }
    List<Object> required = new ArrayList<>();
    required.add(StateField.TYPE.jsonName());
    for (Ref ref : spec.schema().required()) {
      String jsonName = StateField.forJavaName(ref.name()).jsonName();
      if (!required.contains(jsonName)) {
        required.add(jsonName);
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("properties", properties);
    schema.put("type", "object");
    schema.put("required", required);
    schema.put("title", spec.names().state().simpleName());
    putDescription(schema, plainText(spec.javadoc()));
    return schema;
  }

  /** The shape of a state field: fixed by statespec, since every spec's State has the same fields. */
  private static Map<String, Object> stateFieldShape(SpecModel spec, StateField field) {
    return switch (field) {
      case ID -> scalar("string", "uuid");
      case TYPE -> reference(spec.names().stateType().simpleName());
      case NAME, MESSAGE -> nullable(scalar("string", null));
      case TIMESTAMP -> scalar("string", "date-time");
      case DATA -> nullable(new LinkedHashMap<>()); // any JSON value
      case STATE_DETAILS -> reference(spec.names().stateDetails().simpleName());
    };
  }

  // {"type": "string", "enum": ["OPEN", ...], "title": "StateType", "description": ...}: the wire values
  private static Map<String, Object> stateType(SpecModel spec) {
    List<Object> wireValues = new ArrayList<>();
    for (StateTypeModel type : spec.types()) {
      wireValues.add(type.wireValue());
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    schema.put("enum", wireValues);
    schema.put("title", spec.names().stateType().simpleName());
    putDescription(schema, spec.schema().typeDescription());
    return schema;
  }

  // {"properties": {"order_id": {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "null"}], ...}}, ...}
  private static Map<String, Object> stateDetails(SpecModel spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      Map<String, Object> shape = fieldShape(field.type());
      Map<String, Object> property = field.type().isPrimitive() ? shape : nullable(shape);
      property.put("title", CaseFormat.title(field.jsonName()));
      // The field's Javadoc describes it, unless @Describe says otherwise or the spec keeps Javadoc out.
      SchemaModel.FieldDescription described =
          spec.schema().describe(StateField.STATE_DETAILS.javaName() + "." + field.name());
      if (spec.schema().detailsJavadoc() && (described == null || described.description() == null)) {
        putDescription(property, plainText(field.javadoc()));
      }
      describe(property, described);
      Object defaultValue = defaultValue(field);
      if (defaultValue != null) {
        property.put("default", defaultValue);
      }
      properties.put(field.jsonName(), property);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("properties", properties);
    schema.put("type", "object");
    schema.put("title", spec.names().stateDetails().simpleName());
    if (spec.schema().detailsJavadoc()) {
      putDescription(schema, plainText(spec.detailsJavadoc()));
    }
    return schema;
  }

  // {"properties": {"DONE": {"type": "integer", "title": "Done", "default": 0}, ...}, ...}: keyed by wire value
  private static Map<String, Object> countByState(SpecModel spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (StateTypeModel type : spec.typesInCountOrder()) {
      Map<String, Object> property = scalar("integer", null);
      property.put("title", CaseFormat.title(type.name()));
      property.put("default", 0);
      properties.put(type.wireValue(), property);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("properties", properties);
    schema.put("type", "object");
    schema.put("title", spec.names().countByState().simpleName());
    return schema;
  }

  // {"type": "string", "format": "uuid"}, {"items": {...}, "type": "array"}, {"additionalProperties": {...}, ...}
  private static Map<String, Object> fieldShape(FieldType type) {
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public Map<String, Object> basic(FieldType.Basic basic) {
        return switch (basic.kind()) {
          case STRING -> SchemaGenerator.scalar("string", null);
          case UUID -> SchemaGenerator.scalar("string", "uuid");
          case INSTANT -> SchemaGenerator.scalar("string", "date-time");
          case BOOLEAN -> SchemaGenerator.scalar("boolean", null);
          case INT, LONG -> SchemaGenerator.scalar("integer", null);
          case DECIMAL -> SchemaGenerator.scalar("number", null);
          case DOUBLE -> {
            // Jackson writes a double that JSON cannot hold as its name.
            Map<String, Object> notFinite = new LinkedHashMap<>();
            notFinite.put("enum", List.of("NaN", "Infinity", "-Infinity"));
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("anyOf", List.of(SchemaGenerator.scalar("number", null), notFinite));
            yield shape;
          }
        };
      }

      @Override
      public Map<String, Object> enumOf(FieldType.EnumOf enumOf) {
        Map<String, Object> shape = SchemaGenerator.scalar("string", null);
        shape.put("enum", List.copyOf(enumOf.wireValues()));
        return shape;
      }

      @Override
      public Map<String, Object> list(FieldType.ListOf list) {
        return container("items", fieldShape(list.element()), "array");
      }

      @Override
      public Map<String, Object> set(FieldType.SetOf set) {
        Map<String, Object> shape = container("items", fieldShape(set.element()), "array");
        if (uniqueInJson(set.element())) {
          shape.put("uniqueItems", true);
        }
        return shape;
      }

      @Override
      public Map<String, Object> map(FieldType.MapOf map) {
        return container("additionalProperties", fieldShape(map.element()), "object");
      }

      @Override
      public Map<String, Object> json(FieldType.JsonValue json) {
        return json.object() ? SchemaGenerator.scalar("object", null) : new LinkedHashMap<>(); // any JSON value
      }
    });
  }

  // {"items": {...}, "type": "array"}: a JSON container and the shape of what it holds
  private static Map<String, Object> container(String elementsKeyword, Map<String, Object> elements, String type) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put(elementsKeyword, elements);
    shape.put("type", type);
    return shape;
  }

  /**
   * Whether the elements a Java set holds apart are apart in JSON too, so that the set's array has
   * unique items: not doubles ({@code 0.0} and {@code -0.0}) or decimals ({@code 1.0} and {@code
   * 1.00}), which JSON Schema compares as numbers.
   */
  private static boolean uniqueInJson(FieldType.Scalar element) {
    return element.accept(new FieldType.ScalarVisitor<>() {
      @Override
      public Boolean basic(FieldType.Basic basic) {
        return switch (basic.kind()) {
          case DOUBLE, DECIMAL -> false;
          case STRING, UUID, INSTANT, BOOLEAN, INT, LONG -> true;
        };
      }

      @Override
      public Boolean enumOf(FieldType.EnumOf enumOf) {
        return true;
      }
    });
  }

  /**
   * The default a field's schema states, as JSON writes it: its {@code @Default}, or a primitive's
   * {@code false}/{@code 0}; null (no {@code default} keyword) when the default is null, as pydantic
   * leaves it out there.
   */
  private static Object defaultValue(DetailsFieldModel field) {
    Object value = field.initialValue();
    if (value == null) {
      return null;
    }
    return field.type().accept(new FieldType.Visitor<>() {
      @Override
      public Object basic(FieldType.Basic basic) {
        return switch (basic.kind()) {
          case UUID, INSTANT -> value.toString();
          case DOUBLE -> Double.isFinite((Double) value) ? value : value.toString(); // "NaN", as Jackson writes it
          case STRING, BOOLEAN, INT, LONG, DECIMAL -> value;
        };
      }

      @Override
      public Object enumOf(FieldType.EnumOf enumOf) {
        return enumOf.wireValue((String) value);
      }

      // Containers and JSON values default to empty.
      @Override
      public Object list(FieldType.ListOf list) {
        return List.of();
      }

      @Override
      public Object set(FieldType.SetOf set) {
        return List.of();
      }

      @Override
      public Object map(FieldType.MapOf map) {
        return Map.of();
      }

      @Override
      public Object json(FieldType.JsonValue json) {
        return value;
      }
    });
  }

  private static Map<String, Object> scalar(String jsonType, String format) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("type", jsonType);
    if (format != null) {
      shape.put("format", format);
    }
    return shape;
  }

  private static Map<String, Object> nullable(Map<String, Object> shape) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("anyOf", List.of(shape, scalar("null", null)));
    return property;
  }

  private static Map<String, Object> reference(String definition) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("$ref", DEFS + definition);
    return property;
  }

  private static void describe(Map<String, Object> property, SchemaModel.FieldDescription description) {
    if (description == null) {
      return;
    }
    putDescription(property, description.description());
    if (!description.examples().isEmpty()) {
      property.put("examples", List.copyOf(description.examples()));
    }
  }

  private static void putDescription(Map<String, Object> schema, String description) {
    if (description != null && !description.isBlank()) {
      schema.put("description", description);
    }
  }

  /**
   * Javadoc as a schema description: the text before the block tags, inline tags reduced to their
   * text ({@code {@return x}} to the sentence Javadoc makes of it, {@code Returns x.}), {@code <p>} as
   * a paragraph break, lines joined.
   */
  static String plainText(String javadoc) {
    if (javadoc == null) {
      return null;
    }
    StringBuilder body = new StringBuilder();
    for (String line : javadoc.split("\n", -1)) {
      if (line.strip().startsWith("@")) {
        break;
      }
      body.append(line.strip()).append(' ');
    }
    Matcher tags = INLINE_TAG.matcher(body);
    String text = tags.replaceAll(match -> Matcher.quoteReplacement(match.group(1).strip()));
    // After the tags it may hold: {@return the {@code x} field}.
    text = RETURN_TAG.matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement("Returns " + match.group(1).strip() + "."));
    String[] paragraphs = text.split("(?i)<p>");
    List<String> cleaned = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String words = paragraph.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
      if (!words.isEmpty()) {
        cleaned.add(words);
      }
    }
    return cleaned.isEmpty() ? null : String.join("\n\n", cleaned);
  }
}
