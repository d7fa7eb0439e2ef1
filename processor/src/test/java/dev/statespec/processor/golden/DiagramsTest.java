package dev.statespec.processor.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams of every golden spec, read by real readers: Graphviz's own {@code dot} parses each
 * DOT file (into its {@code json0} form, the graph as parsed, before layout), and the graph it read
 * must be the one the Mermaid file draws: the same states and the lines of their text, the same edges
 * and their labels (a rule's edge is dashed in DOT), the same terminal types.
 * {@link GoldenFilesTest} pins both files byte for byte; this test proves that the bytes are a
 * valid graph, and the right one.
 *
 * <p>{@code dot} comes from Debian's {@code graphviz} package, which {@code .ci/run} installs when it
 * is missing. Without it the test is skipped, except under CI, where it fails.
 */
class DiagramsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Pattern MERMAID_EDGE = Pattern.compile(" {4}(\\S+) --> (\\S+)( : (.*))?");
  private static final Pattern MERMAID_STATE = Pattern.compile(" {4}([A-Z][A-Z0-9_]*)( : (.*))?");
  private static final Pattern MERMAID_TERMINAL = Pattern.compile(" {4}class (.*) terminal");

  static Stream<GoldenSpec> specs() {
    return GoldenSpec.all().stream();
  }

  /**
   * What a diagram says: its states in order, the lines of their text (groups, rules), its edges
   * ({@code [*]} for a first state; {@code A -> B : rule, rule} for a rule's), its terminal types.
   */
  record Graph(List<String> states, Map<String, List<String>> text, Set<String> edges, Set<String> terminal) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void graphvizReadsTheGraphTheMermaidDiagramDraws(GoldenSpec spec) throws Exception {
    String dot = dotCommand();
    Path folder = GOLDEN.resolve(spec.name()).resolve("META-INF/statespec");
    Path dotFile;
    Path mermaidFile;
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.sorted().toList();
      dotFile = all.stream().filter(path -> path.toString().endsWith(".dot")).findFirst().orElseThrow();
      mermaidFile = all.stream().filter(path -> path.toString().endsWith(".mmd")).findFirst().orElseThrow();
    }

    Graph parsed = parseWithGraphviz(dot, dotFile);

    assertEquals(mermaid(Files.readString(mermaidFile, StandardCharsets.UTF_8)), parsed);
  }

  @Test
  void thePipelineDiagramHasItsTableAndNothingElse() throws Exception {
    Graph parsed = parseWithGraphviz(dotCommand(),
        GOLDEN.resolve("pipeline/META-INF/statespec/dev.statespec.examples.pipeline.PipelineSpec.dot"));

    assertEquals(List.of("[*]", "QUEUED", "BUILDING", "TESTING", "AWAITING_APPROVAL", "DEPLOYING", "SUCCEEDED",
        "FAILED", "ROLLED_BACK", "SKIPPED"), parsed.states());
    assertEquals(16, parsed.edges().size(), parsed.edges().toString());
    assertTrue(parsed.edges().containsAll(List.of("[*] -> QUEUED", "FAILED -> QUEUED", "TESTING -> BUILDING")));
    assertEquals(Set.of("SUCCEEDED", "FAILED", "ROLLED_BACK", "SKIPPED"), parsed.terminal());
  }

  @Test
  void aSpecWithoutATableOrRulesDrawsItsStatesAlone() throws Exception {
    Graph parsed = parseWithGraphviz(dotCommand(),
        GOLDEN.resolve("review/META-INF/statespec/review.ReviewSpec.dot"));

    assertEquals(List.of("DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "SKIPPED"),
        parsed.states());
    assertEquals(Set.of(), parsed.edges());
    assertEquals(Map.of(), parsed.text());
    assertEquals(Set.of("APPROVED", "REJECTED", "SKIPPED"), parsed.terminal());
  }

  @Test
  void aSpecWithoutATableDrawsWhereItsRulesDecide() throws Exception {
    Graph parsed = parseWithGraphviz(dotCommand(),
        GOLDEN.resolve("prefect/META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.dot"));

    assertEquals(List.of("SCHEDULED", "PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED", "CRASHED", "PAUSED",
        "CANCELLING"), parsed.states());
    // A rule of narrow types is an edge per transition, labelled; the rules of one transition in order.
    assertTrue(parsed.edges().containsAll(List.of("SCHEDULED -> PENDING : copyScheduledTime",
        "CANCELLING -> PENDING : enforceCancellingToCancelledTransition, preventPendingTransitions")), parsed.edges()::toString);
    assertEquals(16, parsed.edges().size(), parsed.edges()::toString);
    // A rule on every transition into or out of a type is a line of its text; one on every transition is neither.
    assertEquals(List.of("entering decided by handlePausingFlows", "leaving decided by handleResumingPausedFlows"),
        parsed.text().get("PAUSED"));
    assertEquals(List.of("leaving decided by handleFlowTerminalStateTransitions"), parsed.text().get("COMPLETED"));
    assertTrue(parsed.edges().stream().noneMatch(edge -> edge.contains("preserveDeploymentConcurrencyLeaseId")));
    assertEquals(Set.of("COMPLETED", "FAILED", "CANCELLED", "CRASHED"), parsed.terminal());
  }

  /** {@code dot}, found on the path; a test without it is skipped, unless CI runs it. */
  private static String dotCommand() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "dot");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("Graphviz's dot is not installed; .ci/run installs Debian's graphviz package");
    }
    Assumptions.abort("Graphviz's dot is not installed (apt-get install graphviz)");
    throw new AssertionError("unreachable");
  }

  /** The graph {@code dot} reads from {@code file}: {@code dot -Tjson0} writes it out as parsed. */
  private static Graph parseWithGraphviz(String dot, Path file) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(dot, "-Tjson0", file.toString()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "dot did not finish");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "dot refused " + file + ":\n" + text);
    JsonNode graph = new ObjectMapper().readTree(text);
    List<String> states = new ArrayList<>();
    Map<String, List<String>> lines = new LinkedHashMap<>();
    Set<String> terminal = new LinkedHashSet<>();
    for (JsonNode node : graph.path("objects")) {
      String name = node.get("name").asText();
      states.add(name);
      List<String> label = List.of(node.path("label").asText(name).split("\\\\n"));
      if (label.size() > 1) {
        lines.put(name, label.subList(1, label.size()));
      }
      if (node.path("peripheries").asText().equals("2")) {
        terminal.add(name);
      }
    }
    Set<String> edges = new LinkedHashSet<>();
    for (JsonNode edge : graph.path("edges")) {
      String drawn = states.get(edge.get("tail").asInt()) + " -> " + states.get(edge.get("head").asInt());
      if (edge.has("label")) {
        assertEquals("dashed", edge.path("style").asText(), drawn + ": a rule's edge is dashed");
        drawn += " : " + String.join(", ", edge.get("label").asText().split("\\\\n"));
      }
      edges.add(drawn);
    }
    return new Graph(states, lines, edges, terminal);
  }

  /** The graph a Mermaid state diagram of statespec's draws, read line by line. */
  private static Graph mermaid(String text) {
    List<String> states = new ArrayList<>();
    Map<String, List<String>> lines = new LinkedHashMap<>();
    Set<String> edges = new LinkedHashSet<>();
    Set<String> terminal = new LinkedHashSet<>();
    for (String line : text.split("\n")) {
      Matcher edge = MERMAID_EDGE.matcher(line);
      Matcher state = MERMAID_STATE.matcher(line);
      Matcher terminals = MERMAID_TERMINAL.matcher(line);
      if (edge.matches()) {
        edges.add(edge.group(1) + " -> " + edge.group(2) + (edge.group(4) == null ? "" : " : " + edge.group(4)));
      } else if (terminals.matches()) {
        terminal.addAll(List.of(terminals.group(1).split(", ")));
      } else if (state.matches()) {
        if (!states.contains(state.group(1))) {
          states.add(state.group(1));
        }
        if (state.group(3) != null) {
          lines.computeIfAbsent(state.group(1), name -> new ArrayList<>()).add(state.group(3));
        }
      }
    }
    if (edges.stream().anyMatch(edge -> edge.startsWith("[*] "))) {
      states.add(0, "[*]");
    }
    return new Graph(states, lines, edges, terminal);
  }
}
