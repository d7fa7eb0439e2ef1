package dev.statespec.processor.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON text, the same bytes
 * every time: keys in the maps' own order, two-space indent, {@code \n} line ends, a final newline.
 */
final class JsonText {

  private JsonText() {}

  /** {@code value} as a JSON document. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.append('\n').toString();
  }

  private static void write(Object value, int depth, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      writeObject(map, depth, out);
    } else if (value instanceof List<?> list) {
      writeArray(list, depth, out);
    } else if (value instanceof String text) {
      writeString(text, out);
    } else if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof BigDecimal) {
      out.append(value);
    } else if (value instanceof Double number && Double.isFinite(number)) {
      out.append(number);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator);
      indent(depth + 1, out);
      writeString((String) entry.getKey(), out);
      out.append(": ");
      write(entry.getValue(), depth + 1, out);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth, out);
    out.append('}');
  }

  private static void writeArray(List<?> list, int depth, StringBuilder out) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator);
      indent(depth + 1, out);
      write(item, depth + 1, out);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth, out);
    out.append(']');
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }
}
