package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * What generated code does with a details field of each {@link FieldType}: how it reads loose
 * input, how its default is written in Java, whether Jackson needs telling how to write it. One
 * instance serves one {@code StateDetails}, and holds the {@code WireValues} constant of each enum
 * its fields use.
 */
final class DetailsFieldCode {

  private final Map<ClassName, FieldSpec> enumReaders = new LinkedHashMap<>();
  private final NameAllocator constantNames = new NameAllocator();

  /** The constants the reading code refers to: a {@code WireValues} per enum, in order of first use. */
  List<FieldSpec> constants() {
    return new ArrayList<>(enumReaders.values());
  }

  /** {@code Values.uuid(value, "order_id")}: reads {@code value}, loose input, as {@code type}. */
  CodeBlock read(FieldType type, CodeBlock value, String key) {
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public CodeBlock basic(FieldType.Basic basic) {
        return CodeBlock.of("$T.$N($L, $S)", Names.VALUES, basicReader(basic), value, key);
      }

      @Override
      public CodeBlock enumOf(FieldType.EnumOf enumOf) {
        return CodeBlock.of("$N.read($L, $S)", enumReader(enumOf), value, key);
      }

      @Override
      public CodeBlock list(FieldType.ListOf list) {
        // Lists and maps of strings keep their own readers, whose messages name the element type.
        return isString(list.element())
            ? CodeBlock.of("$T.stringList($L, $S)", Names.VALUES, value, key)
            : CodeBlock.of("$T.list($L, $S, $L)", Names.VALUES, value, key, elementReader(list.element()));
      }

      @Override
      public CodeBlock set(FieldType.SetOf set) {
        return CodeBlock.of("$T.set($L, $S, $L)", Names.VALUES, value, key, elementReader(set.element()));
      }

      @Override
      public CodeBlock map(FieldType.MapOf map) {
        return isString(map.element())
            ? CodeBlock.of("$T.stringMap($L, $S)", Names.VALUES, value, key)
            : CodeBlock.of("$T.map($L, $S, $L)", Names.VALUES, value, key, elementReader(map.element()));
      }

      @Override
      public CodeBlock json(FieldType.JsonValue json) {
        return CodeBlock.of("$T.$N($L, $S)", Names.VALUES, json.object() ? "jsonObject" : "json", value, key);
      }
    });
  }

  /**
   * The Java type of a field of {@code type} in generated code: its own, but for a free-form JSON
   * object, whose values may be null ({@code Map<String, @Nullable Object>}).
   */
  static TypeName javaType(FieldType type) {
    if (type instanceof FieldType.JsonValue json && json.object()) {
      return Nullness.NULLABLE_VALUES_MAP;
    }
    return type.javaType();
  }

  /**
   * The builder's initial value of a field whose default is {@code value} (as {@link
   * FieldType#parseDefault} read it), or null where Java's own default ({@code null}, {@code
   * false}, {@code 0}) is the value.
   */
  static CodeBlock initializer(FieldType type, Object value) {
    if (value == null || (type.isPrimitive() && value.equals(type.implicitDefault()))) {
      return null;
    }
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public CodeBlock basic(FieldType.Basic basic) {
        return switch (basic.kind()) {
          case BOOLEAN -> basic.primitive()
              ? CodeBlock.of("$L", value)
              : CodeBlock.of("$T.$N", Boolean.class, (Boolean) value ? "TRUE" : "FALSE");
          case INT -> CodeBlock.of("$L", value);
          case LONG -> CodeBlock.of("$LL", value);
          case DOUBLE -> doubleLiteral((Double) value);
          case DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, value.toString());
          case STRING -> CodeBlock.of("$S", value);
          case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
          case INSTANT -> CodeBlock.of("$T.parse($S)", Instant.class, value.toString());
        };
      }

      @Override
      public CodeBlock enumOf(FieldType.EnumOf enumOf) {
        return CodeBlock.of("$T.$N", enumOf.type(), (String) value);
      }

      // Containers default to empty (or null, which has no initializer).
      @Override
      public CodeBlock list(FieldType.ListOf list) {
        return CodeBlock.of("$T.of()", List.class);
      }

      @Override
      public CodeBlock set(FieldType.SetOf set) {
        return CodeBlock.of("$T.of()", Set.class);
      }

      @Override
      public CodeBlock map(FieldType.MapOf map) {
        return CodeBlock.of("$T.of()", Map.class);
      }

      @Override
      public CodeBlock json(FieldType.JsonValue json) {
        return CodeBlock.of("$T.of()", value instanceof List ? List.class : Map.class);
      }
    });
  }

  /** Whether Jackson must be told to write the field's instants as text ({@code @JsonFormat(shape = STRING)}). */
  static boolean holdsInstants(FieldType type) {
    return holds(type, FieldType.ScalarKind.INSTANT); // an ISO-8601 text, not epoch seconds
  }

  /**
   * What the field's JSON setter takes: its own type where it holds decimals, which Jackson must
   * parse as {@code BigDecimal} to keep every digit (as an {@code Object} it would be a {@code
   * Double}), but a {@code Collection} for a set of them; {@code Object} otherwise, which the reader
   * checks.
   */
  static TypeName jsonSetterType(FieldType type) {
    if (!holdsDecimals(type)) {
      return ClassName.OBJECT;
    }
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public TypeName basic(FieldType.Basic basic) {
        return basic.javaType();
      }

      @Override
      public TypeName enumOf(FieldType.EnumOf enumOf) {
        return ClassName.OBJECT; // not reached: an enum holds no decimals
      }

      @Override
      public TypeName list(FieldType.ListOf list) {
        return list.javaType();
      }

      // Jackson makes a Set a HashSet, losing the array's order, and the index of a bad element with
      // it; a Collection is an ArrayList, which the set reader then reads in order.
      @Override
      public TypeName set(FieldType.SetOf set) {
        return ParameterizedTypeName.get(ClassName.get(Collection.class), set.element().boxedType());
      }

      @Override
      public TypeName map(FieldType.MapOf map) {
        return map.javaType();
      }

      @Override
      public TypeName json(FieldType.JsonValue json) {
        return ClassName.OBJECT; // not reached: free-form JSON holds no typed decimals
      }
    });
  }

  /** Whether the field holds decimals, which Jackson must parse as {@code BigDecimal} to keep every digit. */
  static boolean holdsDecimals(FieldType type) {
    return holds(type, FieldType.ScalarKind.DECIMAL);
  }

  /** Whether the field is a basic value of {@code kind}, or a container of them. */
  private static boolean holds(FieldType type, FieldType.ScalarKind kind) {
    return type.accept(new FieldType.Visitor<>() {
      @Override
      public Boolean basic(FieldType.Basic basic) {
        return basic.kind() == kind;
      }

      @Override
      public Boolean enumOf(FieldType.EnumOf enumOf) {
        return false;
      }

      @Override
      public Boolean list(FieldType.ListOf list) {
        return holds(list.element(), kind);
      }

      @Override
      public Boolean set(FieldType.SetOf set) {
        return holds(set.element(), kind);
      }

      @Override
      public Boolean map(FieldType.MapOf map) {
        return holds(map.element(), kind);
      }

      @Override
      public Boolean json(FieldType.JsonValue json) {
        return false;
      }
    });
  }

  /** {@code Values::uuid} or {@code COLOR_VALUES::read}: how a container reads each element. */
  private CodeBlock elementReader(FieldType.Scalar element) {
    return element.accept(new FieldType.ScalarVisitor<>() {
      @Override
      public CodeBlock basic(FieldType.Basic basic) {
        return CodeBlock.of("$T::$N", Names.VALUES, basicReader(basic));
      }

      @Override
      public CodeBlock enumOf(FieldType.EnumOf enumOf) {
        return CodeBlock.of("$N::read", enumReader(enumOf));
      }
    });
  }

  /** {@code private static final WireValues<Color> COLOR_VALUES = new WireValues<>(Color.class, "red", ...)}. */
  private FieldSpec enumReader(FieldType.EnumOf enumOf) {
    return enumReaders.computeIfAbsent(enumOf.type(), type -> {
      List<CodeBlock> arguments = new ArrayList<>();
      arguments.add(CodeBlock.of("$T.class", type));
      enumOf.wireValues().forEach(wire -> arguments.add(CodeBlock.of("$S", wire)));
      String name = constantNames.newName(CaseFormat.snake(type.simpleName()).toUpperCase(Locale.ROOT)
          + "_VALUES", type);
      return FieldSpec.builder(ParameterizedTypeName.get(Names.WIRE_VALUES, type), name,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("How {@link $T} is read and written: by these wire values, in the constants' order.\n", type)
          .initializer("new $T<>($L)", Names.WIRE_VALUES, CodeBlock.join(arguments, ",$W"))
          .build();
    });
  }

  /** The {@code Values} method that reads a basic type. */
  private static String basicReader(FieldType.Basic basic) {
    return switch (basic.kind()) {
      case STRING -> "string";
      case UUID -> "uuid";
      case INSTANT -> "instant";
      case BOOLEAN -> "bool";
      case INT -> "integer";
      case LONG -> "longValue";
      case DOUBLE -> "doubleValue";
      case DECIMAL -> "decimal";
    };
  }

  private static CodeBlock doubleLiteral(double value) {
    if (Double.isNaN(value)) {
      return CodeBlock.of("$T.NaN", Double.class);
    }
    if (Double.isInfinite(value)) {
      return CodeBlock.of("$T.$N", Double.class, value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
    }
    return CodeBlock.of("$L", Double.toString(value));
  }

  private static boolean isString(FieldType.Scalar element) {
    return element.equals(FieldType.STRING);
  }
}
