package dev.statespec.processor.generate;

import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.spec.TransitionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a spec's transitions table: a Mermaid {@code stateDiagram-v2}, which {@code StateType}'s
 * Javadoc also shows, and a Graphviz DOT digraph, written beside the JSON Schema. Each type is a
 * state, in declaration order; the table's entries are the edges, from {@code [*]} for a first
 * state, each once, in the order of the types they leave and reach. Terminal types are drawn bold
 * (Mermaid) or with a double border (DOT), and a state's text names the groups it is in.
 *
 * <p>A spec without a table shows its states and no edge: every transition is allowed there, and its
 * rules decide at run time, so no edge would say more than another. Rules are not drawn, since a
 * rule decides only when it runs. The text depends on nothing but the spec, and ends in a newline.
 */
public final class DiagramGenerator {

  private static final String START = "[*]";

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public DiagramGenerator() {}

  /**
   * Where the Mermaid diagram of {@code spec} goes in the class output.
   *
   * @param spec the spec
   * @return {@code META-INF/statespec/<spec's qualified name>.mmd}
   */
  public static String mermaidName(SpecModel spec) {
    return SchemaGenerator.RESOURCE_FOLDER + spec.specClass().canonicalName() + ".mmd";
  }

  /**
   * Where the DOT digraph of {@code spec} goes in the class output.
   *
   * @param spec the spec
   * @return {@code META-INF/statespec/<spec's qualified name>.dot}
   */
  public static String dotName(SpecModel spec) {
    return SchemaGenerator.RESOURCE_FOLDER + spec.specClass().canonicalName() + ".dot";
  }

  /**
   * The Mermaid state diagram of {@code spec}.
   *
   * @param spec the spec's sound model
   * @return the diagram's text
   */
  public String mermaid(SpecModel spec) {
    TransitionGraph graph = TransitionGraph.of(spec);
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    line(out, "%% " + about(spec));
    line(out, "%% Terminal types are bold; a state's text names its groups.");
    line(out, "classDef terminal font-weight:bold,stroke-width:3px");
    for (StateTypeModel type : spec.types()) {
      List<String> groups = graph.groupsOf(type.name());
      line(out, groups.isEmpty() ? type.name() : type.name() + " : " + String.join(", ", groups));
    }
    for (Edge edge : edges(graph)) {
      line(out, (edge.from() == null ? START : edge.from()) + " --> " + edge.to());
    }
    List<String> terminal = terminal(spec);
    if (!terminal.isEmpty()) {
      line(out, "class " + String.join(", ", terminal) + " terminal");
    }
    return out.toString();
  }

  /**
   * The DOT digraph of {@code spec}, named by the spec's qualified name.
   *
   * @param spec the spec's sound model
   * @return the digraph's text
   */
  public String dot(SpecModel spec) {
    TransitionGraph graph = TransitionGraph.of(spec);
    List<Edge> edges = edges(graph);
    StringBuilder out = new StringBuilder();
    out.append("// ").append(about(spec)).append('\n');
    out.append("// Terminal types have a double border; a state's second line names its groups.\n");
    out.append("digraph ").append(quoted(spec.specClass().canonicalName())).append(" {\n");
    out.append("  node [shape=box, style=rounded];\n");
    if (edges.stream().anyMatch(edge -> edge.from() == null)) {
      out.append("  ").append(quoted(START)).append(" [shape=point, label=\"\"];\n");
    }
    for (StateTypeModel type : spec.types()) {
      List<String> attributes = new ArrayList<>();
      List<String> groups = graph.groupsOf(type.name());
      if (!groups.isEmpty()) {
        attributes.add("label=" + quoted(type.name() + "\\n" + String.join(", ", groups)));
      }
      if (type.terminal()) {
        attributes.add("peripheries=2");
      }
      out.append("  ").append(quoted(type.name()));
      if (!attributes.isEmpty()) {
        out.append(" [").append(String.join(", ", attributes)).append(']');
      }
      out.append(";\n");
    }
    for (Edge edge : edges) {
      out.append("  ").append(quoted(edge.from() == null ? START : edge.from())).append(" -> ")
          .append(quoted(edge.to())).append(";\n");
    }
    return out.append("}\n").toString();
  }

  // What the diagram shows, in a sentence.
  private static String about(SpecModel spec) {
    String name = spec.specClass().canonicalName();
    return spec.hasTransitionTable()
        ? "The states of " + name + " and the transitions its table allows."
        : "The states of " + name + ", which has no transitions table: every transition is allowed, none is drawn.";
  }

  /** The table's transitions, each once: from a first state, then from each type in order, to types in order. */
  private static List<Edge> edges(TransitionGraph graph) {
    List<Edge> edges = new ArrayList<>();
    graph.starts().forEach(to -> edges.add(new Edge(null, to)));
    for (String from : graph.types()) {
      graph.successors(from).forEach(to -> edges.add(new Edge(from, to)));
    }
    return edges;
  }

  private static List<String> terminal(SpecModel spec) {
    return spec.types().stream().filter(StateTypeModel::terminal).map(StateTypeModel::name).toList();
  }

  private static void line(StringBuilder out, String text) {
    out.append("    ").append(text).append('\n');
  }

  // Types and groups are upper snake case and a spec's name is dotted, so nothing in them needs escaping.
  private static String quoted(String id) {
    return '"' + id + '"';
  }

  /**
   * One allowed transition.
   *
   * @param from the type before, or null for a first state
   * @param to the type after
   */
  private record Edge(String from, String to) {}
}
