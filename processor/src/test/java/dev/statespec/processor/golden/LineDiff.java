package dev.statespec.processor.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines, as {@code diff -u} prints it: the hunks where they differ,
 * each with three lines of context, {@code -} for the expected text and {@code +} for the actual.
 * Built on the longest common subsequence of the lines, which is plenty for generated sources of a
 * few thousand lines.
 */
final class LineDiff {

  private static final int CONTEXT = 3;
  /** Past this many printed lines the diff is cut, with a line saying so: the first hunks tell the story. */
  private static final int MAX_LINES = 400;

  private LineDiff() {}

  /** The diff of {@code expected} against {@code actual}; empty when they are equal. */
  static String unified(String expectedName, String expected, String actualName, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    List<Edit> edits = edits(a, b);
    if (edits.stream().allMatch(edit -> edit.kind == ' ')) {
      return "";
    }
    StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
    int printed = 0;
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // A hunk runs on while the next change is within two contexts of the last one.
      for (int j = i; j < edits.size() && j <= end + 2 * CONTEXT; j++) {
        if (edits.get(j).kind != ' ') {
          end = j;
        }
      }
      end = Math.min(edits.size() - 1, end + CONTEXT);
      Edit first = edits.get(start);
      int linesA = 0;
      int linesB = 0;
      for (int k = start; k <= end; k++) {
        linesA += edits.get(k).kind == '+' ? 0 : 1;
        linesB += edits.get(k).kind == '-' ? 0 : 1;
      }
      out.append("@@ -").append(first.lineA + 1).append(',').append(linesA)
          .append(" +").append(first.lineB + 1).append(',').append(linesB).append(" @@\n");
      for (int k = start; k <= end; k++) {
        if (++printed > MAX_LINES) {
          return out.append("... (diff cut after ").append(MAX_LINES).append(" lines)\n").toString();
        }
        out.append(edits.get(k).kind).append(edits.get(k).text).append('\n');
      }
      i = end + 1;
    }
    return out.toString();
  }

  /** One line of the diff: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
  private record Edit(char kind, String text, int lineA, int lineB) {}

  private static List<Edit> edits(List<String> a, List<String> b) {
    // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', a.get(i), i++, j++));
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit('-', a.get(i), i++, j));
      } else {
        edits.add(new Edit('+', b.get(j), i, j++));
      }
    }
    return edits;
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }
}
