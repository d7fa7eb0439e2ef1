package dev.statespec.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result (run with {@code -prof gc -rf json}) into the Markdown table run.sh
 * prints: throughput and bytes per operation of each variant, as ratios to the records of the same
 * run, and the targets statespec meets or misses.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.statespec.benchmarks.Report target/jmh-result.json}
 */
public final class Report {

  private static final List<String> OPERATIONS =
      List.of("Construct", "Serialize", "Deserialize", "IsFinal", "ResetFields", "OrmDict");
  private static final List<String> VARIANTS = List.of("statespec", "records", "immutables");

  private Report() {}

  private record Score(double ops, double opsError, double bytes, double bytesError) {}

  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(new File(args.length > 0 ? args[0] : "target/jmh-result.json"));
    Map<String, Score> scores = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
          .replace("Benchmark.", ".");
      JsonNode primary = result.get("primaryMetric");
      double bytes = Double.NaN;
      double bytesError = 0;
      for (Map.Entry<String, JsonNode> entry : result.path("secondaryMetrics").properties()) {
        if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = entry.getValue().get("score").asDouble();
          double reported = entry.getValue().get("scoreError").asDouble();
          bytesError = Double.isNaN(reported) ? 0 : reported;
        }
      }
      double error = primary.get("scoreError").asDouble();
      scores.put(shortName, new Score(primary.get("score").asDouble(), Double.isNaN(error) ? 0 : error, bytes,
          bytesError));
    }

    StringBuilder out = new StringBuilder();
    out.append("| operation | statespec ops/s | records ops/s | immutables ops/s | statespec × records | immutables × records "
        + "| statespec B/op | records B/op | immutables B/op | statespec B/op ÷ records | immutables B/op ÷ records |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    StringBuilder misses = new StringBuilder();
    for (String operation : OPERATIONS) {
      Score s = scores.get(operation + ".statespec");
      Score r = scores.get(operation + ".records");
      Score i = scores.get(operation + ".immutables");
      if (s == null || r == null || i == null) {
        continue;
      }
      out.append("| ").append(operation)
          .append(" | ").append(ops(s)).append(" | ").append(ops(r)).append(" | ").append(ops(i))
          .append(" | ").append(ratio(s.ops / r.ops)).append(" | ").append(ratio(i.ops / r.ops))
          .append(" | ").append(bytes(s.bytes)).append(" | ").append(bytes(r.bytes)).append(" | ").append(bytes(i.bytes))
          .append(" | ").append(byteRatio(s.bytes, r.bytes)).append(" | ").append(byteRatio(i.bytes, r.bytes))
          .append(" |\n");
      if (s.ops < r.ops) {
        boolean withinError = s.ops + s.opsError >= r.ops - r.opsError;
        misses.append("- ").append(operation).append(": throughput ").append(ratio(s.ops / r.ops))
            .append(" records (target ≥ 1.00×)").append(withinError ? ", within the error bars" : "").append('\n');
      }
      if (s.bytes > r.bytes + 0.5) {
        // Bytes per op differ between forks where the JIT's escape analysis removes an allocation in one.
        boolean withinError = s.bytes - s.bytesError <= r.bytes + r.bytesError + 0.5;
        misses.append("- ").append(operation).append(": allocates ").append(bytes(s.bytes)).append(" B/op vs ")
            .append(bytes(r.bytes)).append(" for records (target ≤)")
            .append(withinError ? ", within the error bars" : "").append('\n');
      }
    }
    Score builder = scores.get("Construct.statespecBuilder");
    Score records = scores.get("Construct.records");
    if (builder != null && records != null) {
      out.append("\nconstruct through statespec's state builder instead of State.of: ").append(ops(builder))
          .append(" ops/s, ").append(ratio(builder.ops / records.ops)).append(" records, ")
          .append(bytes(builder.bytes)).append(" B/op\n");
    }
    Score ids = scores.get("Ids.statespec");
    Score idsRecords = scores.get("Ids.records");
    Score idsShared = scores.get("Ids.sharedCounter");
    if (ids != null && idsRecords != null && idsShared != null) {
      out.append("\nnew UUIDv7 alone: statespec ").append(ops(ids)).append(" ops/s, ")
          .append(ratio(ids.ops / idsRecords.ops)).append(" records, ")
          .append(ratio(ids.ops / idsShared.ops)).append(" the former shared counter");
      Score ids2 = scores.get("Ids.statespecTwoThreads");
      Score shared2 = scores.get("Ids.sharedCounterTwoThreads");
      Score records2 = scores.get("Ids.recordsTwoThreads");
      if (ids2 != null && shared2 != null && records2 != null) {
        out.append("; on two threads ").append(ops(ids2)).append(" ops/s, ")
            .append(ratio(ids2.ops / records2.ops)).append(" records, ")
            .append(ratio(ids2.ops / shared2.ops)).append(" the former shared counter");
      }
      out.append('\n');
    }
    Score apply = scores.get("Policy.statespec");
    Score applyByHand = scores.get("Policy.handWritten");
    Score enforce = scores.get("Policy.statespecEnforce");
    Score enforceByHand = scores.get("Policy.handWrittenEnforce");
    if (apply != null && applyByHand != null && enforce != null && enforceByHand != null) {
      out.append("\ntransition policy, apply over 32 transitions: statespec ").append(ops(apply)).append(" ops/s, ")
          .append(ratio(apply.ops / applyByHand.ops)).append(" the hand-written switch policy, ")
          .append(bytes(apply.bytes)).append(" / ").append(bytes(applyByHand.bytes)).append(" B/op")
          .append("; enforce over the 24 accepted: ").append(ops(enforce)).append(" ops/s, ")
          .append(ratio(enforce.ops / enforceByHand.ops)).append(", ")
          .append(bytes(enforce.bytes)).append(" / ").append(bytes(enforceByHand.bytes)).append(" B/op\n");
      for (Score[] pair : new Score[][] {{apply, applyByHand}, {enforce, enforceByHand}}) {
        if (pair[0].ops < pair[1].ops) {
          boolean withinError = pair[0].ops + pair[0].opsError >= pair[1].ops - pair[1].opsError;
          misses.append("- Policy").append(pair[0] == apply ? " apply" : " enforce").append(": ")
              .append(ratio(pair[0].ops / pair[1].ops)).append(" the hand-written policy (target ≥ 1.00×)")
              .append(withinError ? ", within the error bars" : "").append('\n');
        }
      }
      if (enforce.bytes > 0.5) {
        misses.append("- Policy enforce: allocates ").append(bytes(enforce.bytes)).append(" B/op (target 0)\n");
      }
    }
    Score so = scores.get("OrmDict.statespec");
    Score io = scores.get("OrmDict.immutables");
    if (so != null && io != null) {
      out.append("\normDict: statespec = ").append(ratio(so.ops / io.ops)).append(" Immutables (target ≥ 6×)\n");
      if (so.ops < 6 * io.ops) {
        misses.append("- OrmDict: ").append(ratio(so.ops / io.ops)).append(" Immutables (target ≥ 6×)\n");
      }
    }
    out.append("\nTargets statespec misses in this run:\n")
        .append(misses.length() == 0 ? "- none\n" : misses.toString());
    System.out.print(out);
  }

  private static String ops(Score score) {
    return String.format(Locale.ROOT, "%,.0f ± %.1f%%", score.ops, 100 * score.opsError / score.ops);
  }

  private static String bytes(double bytes) {
    return Double.isNaN(bytes) ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String byteRatio(double bytes, double base) {
    if (Double.isNaN(bytes) || Double.isNaN(base)) {
      return "n/a";
    }
    if (base < 0.5) {
      return bytes < 0.5 ? "= (0)" : "+" + bytes(bytes) + " B";
    }
    return ratio(bytes / base);
  }
}
