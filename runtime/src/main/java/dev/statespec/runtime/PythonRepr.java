package dev.statespec.runtime;

/**
 * Python's {@code repr()} of a string, which generated {@code toString()} methods use to quote
 * messages exactly as Prefect prints them: {@code 'abc'}, {@code "it's"}, {@code 'say "hi"\'s'}.
 */
public final class PythonRepr {

  private PythonRepr() {}

  /**
   * Quotes {@code text} as Python's {@code repr(str)}: single quotes, unless the text holds a single
   * quote and no double quote; backslashes, the chosen quote and non-printable characters escaped
   * ({@code \n}, {@code \r}, {@code \t}, {@code \xNN}, {@code \\uNNNN}, {@code \UNNNNNNNN}).
   *
   * @param text the string to quote
   * @return the quoted string, as Python prints it
   */
  public static String repr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else if (cp < 0x100) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.append(String.format("\\U%08x", cp));
      }
    }
    return out.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one code point: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but the space. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
