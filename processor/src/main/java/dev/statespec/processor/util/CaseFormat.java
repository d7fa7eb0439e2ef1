package dev.statespec.processor.util;

import java.util.Locale;

/** Converts between the name forms a spec uses: UPPER_SNAKE, snake_case, lowerCamel, UpperCamel. */
public final class CaseFormat {

  private CaseFormat() {}

  /**
   * {@code AWAITING_APPROVAL} → {@code Awaiting Approval} (a type's default state name).
   *
   * @param upperSnake a name in UPPER_SNAKE_CASE
   * @return its words, capitalized, joined with spaces
   */
  public static String titleWords(String upperSnake) {
    return join(upperSnake.split("_", -1), " ");
  }

  /**
   * {@code AWAITING_APPROVAL} → {@code AwaitingApproval}.
   *
   * @param upperSnake a name in UPPER_SNAKE_CASE
   * @return the name in UpperCamelCase
   */
  public static String upperCamel(String upperSnake) {
    return join(upperSnake.split("_", -1), "");
  }

  /**
   * {@code AWAITING_APPROVAL} → {@code awaitingApproval}.
   *
   * @param upperSnake a name in UPPER_SNAKE_CASE
   * @return the name in lowerCamelCase
   */
  public static String lowerCamel(String upperSnake) {
    return lowerFirst(upperCamel(upperSnake));
  }

  /**
   * {@code AwaitingApproval} → {@code awaitingApproval}.
   *
   * @param name any name
   * @return the name with its first character lower-cased
   */
  public static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * {@code awaitingApproval} → {@code AwaitingApproval}.
   *
   * @param name any name
   * @return the name with its first character upper-cased
   */
  public static String upperFirst(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * {@code orderId} → {@code order_id}; digits stay with the word before them.
   *
   * @param lowerCamel a name in lowerCamelCase
   * @return the name in snake_case
   */
  public static String snake(String lowerCamel) {
    StringBuilder out = new StringBuilder(lowerCamel.length() + 4);
    for (int i = 0; i < lowerCamel.length(); i++) {
      char c = lowerCamel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && !Character.isUpperCase(lowerCamel.charAt(i - 1));
        boolean nextLower = i + 1 < lowerCamel.length() && Character.isLowerCase(lowerCamel.charAt(i + 1));
        if (i > 0 && (previousLower || nextLower)) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code UP_FOR_RETRY} → {@code up_for_retry}: a state type's wire value in lower snake case, as the
   * runtime's {@code WireValues.lowerSnake} makes it (lower-cased, an underscore before an upper-case
   * letter that follows a lower-case one).
   *
   * @param constantName a state type's constant name
   * @return its wire value in lower snake case
   */
  public static String lowerSnake(String constantName) {
    StringBuilder out = new StringBuilder(constantName.length() + 4);
    for (int i = 0; i < constantName.length(); i++) {
      char c = constantName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(constantName.charAt(i - 1))) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code order_id} → {@code Order Id} (pydantic's default field title).
   *
   * @param snake a JSON name in snake_case
   * @return its words, capitalized, joined with spaces
   */
  public static String title(String snake) {
    return join(snake.split("_", -1), " ");
  }

  private static String join(String[] parts, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(separator);
      }
      String part = parts[i];
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
