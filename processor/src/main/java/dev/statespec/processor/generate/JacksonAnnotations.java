package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.statespec.processor.util.Names;
import java.util.List;

/**
 * The Jackson annotations generated classes carry, written as a person would write them. Only
 * jackson-annotations is referenced: generated code never needs databind.
 */
final class JacksonAnnotations {

  private JacksonAnnotations() {}

  // @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, ... every kind NONE)
  static AnnotationSpec autoDetectNone() {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(Names.JSON_AUTO_DETECT);
    for (String kind : List.of("fieldVisibility", "getterVisibility", "isGetterVisibility", "setterVisibility",
        "creatorVisibility")) {
      annotation.addMember(kind, "$T.NONE", Names.JSON_AUTO_DETECT_VISIBILITY);
    }
    return annotation.build();
  }

  // @JsonInclude(JsonInclude.Include.ALWAYS)
  static AnnotationSpec includeAlways() {
    return AnnotationSpec.builder(Names.JSON_INCLUDE).addMember("value", "$T.ALWAYS", Names.JSON_INCLUDE_VALUE).build();
  }

  // @JsonPropertyOrder({"order_id", "ticket_id", ...}), wrapped at the column limit
  static AnnotationSpec propertyOrder(List<String> jsonNames) {
    CodeBlock names = jsonNames.stream().map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(",$W"));
    return AnnotationSpec.builder(Names.JSON_PROPERTY_ORDER).addMember("value", "{$L}", names).build();
  }

  // @JsonProperty("order_id")
  static AnnotationSpec property(String jsonName) {
    return AnnotationSpec.builder(Names.JSON_PROPERTY).addMember("value", "$S", jsonName).build();
  }

  // @JsonIgnoreProperties(ignoreUnknown = true)
  static AnnotationSpec ignoreUnknown() {
    return oneLine(Names.JSON_IGNORE_PROPERTIES, CodeBlock.of("ignoreUnknown = true"));
  }

  // @JsonFormat(shape = JsonFormat.Shape.STRING)
  static AnnotationSpec formatString() {
    return oneLine(Names.JSON_FORMAT, CodeBlock.of("shape = $T.STRING", Names.JSON_FORMAT_SHAPE));
  }

  // @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AnnotationSpec creatorDelegating() {
    return oneLine(Names.JSON_CREATOR, CodeBlock.of("mode = $T.DELEGATING", Names.JSON_CREATOR_MODE));
  }

  /**
   * An annotation with one named member, on one line as a person writes it: JavaPoet puts every
   * named member of a member or type annotation on a line of its own, and only {@code value} inline,
   * so the whole {@code name = value} pair is given as the {@code value}.
   */
  private static AnnotationSpec oneLine(ClassName annotation, CodeBlock member) {
    return AnnotationSpec.builder(annotation).addMember("value", member).build();
  }

  // @JsonTypeInfo(use = JsonTypeInfo.Id.NONE): no polymorphic typing, even on a mapper with default typing
  static AnnotationSpec typeInfoNone() {
    return oneLine(Names.JSON_TYPE_INFO, CodeBlock.of("use = $T.NONE", Names.JSON_TYPE_INFO_ID));
  }

  // @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
  static AnnotationSpec includeAlwaysWithContent() {
    return AnnotationSpec.builder(Names.JSON_INCLUDE)
        .addMember("value", "$T.ALWAYS", Names.JSON_INCLUDE_VALUE)
        .addMember("content", "$T.ALWAYS", Names.JSON_INCLUDE_VALUE)
        .build();
  }
}
