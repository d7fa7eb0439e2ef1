package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PythonRepr#repr} against CPython's {@code repr(str)}. Every expected value here was
 * printed by CPython 3.11 ({@code python3 -c "print(repr(...))"}), not worked out by hand; the two
 * resource files next to this class were generated the same way (the scripts are in their
 * headers).
 */
class PythonReprTest {

  static Stream<Arguments> cpythonCases() {
    // (description, input, CPython's repr(input))
    return Stream.of(
        Arguments.of("plain", "abc", "'abc'"),
        Arguments.of("empty", "", "''"),
        Arguments.of("space only", " ", "' '"),
        Arguments.of("single quote -> double quotes", "it's", "\"it's\""),
        Arguments.of("double quote only", "say \"hi\"", "'say \"hi\"'"),
        Arguments.of("both quotes -> single quotes, single escaped", "both ' and \"", "'both \\' and \"'"),
        Arguments.of("lone single quote", "'", "\"'\""),
        Arguments.of("lone double quote", "\"", "'\"'"),
        Arguments.of("both quotes adjacent", "'\"", "'\\'\"'"),
        Arguments.of("backslash", "back\\slash", "'back\\\\slash'"),
        Arguments.of("backslash before quote, double-quoted", "\\'", "\"\\\\'\""),
        Arguments.of("backslash and both quotes", "it's \\ \"x\"", "'it\\'s \\\\ \"x\"'"),
        Arguments.of("newline tab carriage return", "a\nb\tc\rd", "'a\\nb\\tc\\rd'"),
        Arguments.of("NUL", "\u0000", "'\\x00'"),
        Arguments.of("DEL", "\u007f", "'\\x7f'"),
        Arguments.of("ESC VT FF BEL BS", "\u001b\u000b\u000c\u0007\u0008", "'\\x1b\\x0b\\x0c\\x07\\x08'"),
        Arguments.of("C1 control NEL", "\u0085", "'\\x85'"),
        Arguments.of("no-break space (Zs)", "\u00a0", "'\\xa0'"),
        Arguments.of("soft hyphen (Cf)", "\u00ad", "'\\xad'"),
        Arguments.of("e acute kept", "caf\u00e9", "'caf\u00e9'"),
        Arguments.of("y diaeresis kept", "\u00ff", "'\u00ff'"),
        Arguments.of("A macron kept", "\u0100", "'\u0100'"),
        Arguments.of("zero width space (Cf)", "\u200b", "'\\u200b'"),
        Arguments.of("line separator (Zl)", "\u2028", "'\\u2028'"),
        Arguments.of("paragraph separator (Zp)", "\u2029", "'\\u2029'"),
        Arguments.of("ideographic space (Zs)", "\u3000", "'\\u3000'"),
        Arguments.of("BOM (Cf)", "\ufeff", "'\\ufeff'"),
        Arguments.of("private use (Co)", "\ue000", "'\\ue000'"),
        Arguments.of("lone high surrogate (Cs)", "\ud800", "'\\ud800'"),
        Arguments.of("lone low surrogate (Cs)", "\udc00", "'\\udc00'"),
        Arguments.of("unassigned BMP (Cn)", "\u0378", "'\\u0378'"),
        Arguments.of("noncharacter U+FFFF", "\uffff", "'\\uffff'"),
        Arguments.of("CJK kept", "\u4e2d\u6587", "'\u4e2d\u6587'"),
        Arguments.of("emoji kept", "\ud83d\ude00", "'\ud83d\ude00'"),
        Arguments.of("musical symbol kept", "\ud834\udd1e", "'\ud834\udd1e'"),
        Arguments.of("U+10FFFF escaped", "\udbff\udfff", "'\\U0010ffff'"),
        Arguments.of("plane 15 private use", "\udb80\udc00", "'\\U000f0000'"),
        Arguments.of("language tag (Cf)", "\udb40\udc01", "'\\U000e0001'"),
        Arguments.of("noncharacter U+1FFFE", "\ud83f\udffe", "'\\U0001fffe'"),
        Arguments.of("mixed", "x\ty'\u200b\ud83d\ude00\\\u0085\"z", "'x\\ty\\'\\u200b\ud83d\ude00\\\\\\x85\"z'"),
        Arguments.of("message like Prefect's", "Flow run encountered an exception: ValueError('bad')\n",
            "\"Flow run encountered an exception: ValueError('bad')\\n\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cpythonCases")
  void matchesCPython(String description, String input, String expected) {
    assertEquals(expected, PythonRepr.repr(input), description);
  }

  @Test
  void surrogatePairIsOneCodePointNotTwoEscapes() {
    // U+1F600 is printable: kept whole, never split into '\ud83d\ude00'.
    String emoji = new String(Character.toChars(0x1F600));
    assertEquals("'" + emoji + "'", PythonRepr.repr(emoji));
    // A high surrogate followed by a non-surrogate is a lone surrogate: escaped, the next char kept.
    assertEquals("'\\ud83dx'", PythonRepr.repr("\ud83dx"));
    // Reversed pair: two lone surrogates.
    assertEquals("'\\ude00\\ud83d'", PythonRepr.repr("\ude00\ud83d"));
  }

  @Test
  void escapesUseLowerCaseHexWithFixedWidth() {
    assertEquals("'\\x1f'", PythonRepr.repr("\u001f"));
    assertEquals("'\\x9f'", PythonRepr.repr("\u009f"));
    assertEquals("'\\u061c'", PythonRepr.repr("\u061c")); // Arabic letter mark, Cf
    assertEquals("'\\U000e007f'", PythonRepr.repr(new String(Character.toChars(0xE007F))));
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> PythonRepr.repr(null));
  }

  /**
   * Every code point of several blocks (ASCII, Latin-1, Latin extended, IPA, Greek, Cyrillic,
   * general punctuation, CJK symbols, the surrogate and private-use edges, specials, emoticons,
   * tags, the end of plane 16), each against CPython's repr of it.
   */
  @Test
  void everyCodePointOfSampledBlocksMatchesCPython() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String line : resourceLines("python-repr-samples.tsv")) {
      int tab = line.indexOf('\t');
      int cp = Integer.parseInt(line.substring(0, tab), 16);
      String expected = line.substring(tab + 1);
      String actual = PythonRepr.repr(new String(Character.toChars(cp)));
      if (!expected.equals(actual) && mismatches.size() < 20) {
        mismatches.add(String.format("U+%04X: expected %s, got %s", cp, expected, actual));
      }
      checked++;
    }
    assertTrue(checked > 3000, "the sample file was read: " + checked);
    assertTrue(mismatches.isEmpty(), "mismatches (first 20): " + mismatches);
  }

  /**
   * Over the whole code space, a code point is escaped exactly when CPython escapes it. Code points
   * that CPython's newer Unicode database assigns but this JDK's does not are skipped: the JDK
   * cannot know them, so it escapes them as unassigned.
   */
  @Test
  void escapesExactlyTheCodePointsCPythonFindsNonPrintable() throws IOException {
    boolean[] nonPrintable = ranges("python-nonprintable-ranges.txt");
    boolean[] unassignedInPython = ranges("python-unassigned-ranges.txt");
    assertTrue(nonPrintable[0] && nonPrintable[0x10FFFF] && !nonPrintable['a'], "ranges were read");

    List<String> mismatches = new ArrayList<>();
    int skipped = 0;
    for (int cp = 0; cp < 0x110000; cp++) {
      if (cp == '\'' || cp == '"' || cp == '\\') {
        continue; // printable but escaped or quote-switching; covered above
      }
      boolean unassignedInJava = Character.getType(cp) == Character.UNASSIGNED;
      if (unassignedInJava != unassignedInPython[cp]) {
        skipped++; // assigned in one Unicode version and not yet in the other (CPython 3.11: 14; JDK 17: 13, JDK 25: 16)
        continue;
      }
      String ch = new String(Character.toChars(cp));
      boolean kept = PythonRepr.repr(ch).equals("'" + ch + "'");
      if (kept == nonPrintable[cp] && mismatches.size() < 20) {
        mismatches.add(String.format("U+%04X %s", cp, nonPrintable[cp] ? "should be escaped" : "should be kept"));
      }
    }
    assertTrue(skipped < 20000, "only code points the two Unicode versions disagree on are skipped: " + skipped);
    assertTrue(mismatches.isEmpty(), "mismatches (first 20): " + mismatches);
  }

  @Test
  void printableTextIsOnlyQuoted() {
    String text = "Flow run 'x' Completed \u2014 r\u00e9sum\u00e9 \u65e5\u672c";
    String repr = PythonRepr.repr(text);
    assertEquals("\"" + text + "\"", repr);
    assertFalse(repr.contains("\\"));
  }

  private static List<String> resourceLines(String name) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = PythonReprTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /** The code points of a resource of inclusive hex ranges, one {@code first-last} a line. */
  private static boolean[] ranges(String resource) throws IOException {
    boolean[] in = new boolean[0x110000];
    for (String line : resourceLines(resource)) {
      int dash = line.indexOf('-');
      int first = Integer.parseInt(line.substring(0, dash), 16);
      int last = Integer.parseInt(line.substring(dash + 1), 16);
      for (int cp = first; cp <= last; cp++) {
        in[cp] = true;
      }
    }
    return in;
  }
}
