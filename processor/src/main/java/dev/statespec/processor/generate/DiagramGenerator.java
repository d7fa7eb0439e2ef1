package dev.statespec.processor.generate;

import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.spec.TransitionGraph;
import dev.statespec.processor.spec.TransitionRuleModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a spec's transitions table: a Mermaid {@code stateDiagram-v2}, which {@code StateType}'s
 * Javadoc also shows, and a Graphviz DOT digraph, written beside the JSON Schema. Each type is a
 * state, in declaration order; the table's entries are the edges, from {@code [*]} for a first
 * state, each once, in the order of the types they leave and reach. Terminal types are drawn bold
 * (Mermaid) or with a double border (DOT), and a state's text names the groups it is in.
 *
 * <p>A spec without a table allows every transition its rules do not refuse, so its diagram draws where
 * the rules decide, in a style of their own: a rule that decides every transition into a type (its
 * {@code from} any type) is a line of that state's text, {@code entering decided by rule}, as one that
 * decides every transition out of a type is {@code leaving decided by rule}; a rule of narrower types
 * is an edge per transition it runs on, labelled with its name (DOT: dashed), the labels of the rules
 * on one transition joined in the order they run; a rule that runs on every transition is named in
 * the header comment. A base spec's rule is named {@code Base.rule}, and "any type" is any type of its
 * own spec, the only ones it runs on. With a table, the table's transitions are the edges and rules are
 * not drawn: a rule decides only on a transition the table allows. The text depends on nothing but
 * the spec, and ends in a newline.
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
    Drawing drawing = drawing(spec, graph);
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (String comment : about(spec, drawing)) {
      line(out, "%% " + comment);
    }
    line(out, drawing.states().isEmpty() ? "%% Terminal types are bold; a state's text names its groups."
        : "%% Terminal types are bold; a state's text names its groups, then the rules deciding all its ways in or out.");
    line(out, "classDef terminal font-weight:bold,stroke-width:3px");
    for (StateTypeModel type : spec.types()) {
      List<String> groups = graph.groupsOf(type.name());
      line(out, groups.isEmpty() ? type.name() : type.name() + " : " + String.join(", ", groups));
      for (String ruled : drawing.states().getOrDefault(type.name(), List.of())) {
        line(out, type.name() + " : " + ruled);
      }
    }
    for (Edge edge : drawing.edges()) {
      line(out, (edge.from() == null ? START : edge.from()) + " --> " + edge.to()
          + (edge.rules().isEmpty() ? "" : " : " + String.join(", ", edge.rules())));
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
    Drawing drawing = drawing(spec, graph);
    List<Edge> edges = drawing.edges();
    StringBuilder out = new StringBuilder();
    for (String comment : about(spec, drawing)) {
      out.append("// ").append(comment).append('\n');
    }
    out.append(drawing.states().isEmpty()
        ? "// Terminal types have a double border; a state's second line names its groups.\n"
        : "// Terminal types have a double border; a state's next lines name its groups, then the rules deciding all "
            + "its ways in or out.\n");
    out.append("digraph ").append(quoted(spec.specClass().canonicalName())).append(" {\n");
    out.append("  node [shape=box, style=rounded];\n");
    if (edges.stream().anyMatch(edge -> edge.from() == null)) {
      out.append("  ").append(quoted(START)).append(" [shape=point, label=\"\"];\n");
    }
    for (StateTypeModel type : spec.types()) {
      List<String> attributes = new ArrayList<>();
      List<String> label = new ArrayList<>();
      List<String> groups = graph.groupsOf(type.name());
      if (!groups.isEmpty()) {
        label.add(String.join(", ", groups));
      }
      label.addAll(drawing.states().getOrDefault(type.name(), List.of()));
      if (!label.isEmpty()) {
        attributes.add("label=" + quoted(type.name() + "\\n" + String.join("\\n", label)));
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
          .append(quoted(edge.to()));
      if (!edge.rules().isEmpty()) {
        out.append(" [style=dashed, label=").append(quoted(String.join("\\n", edge.rules()))).append(']');
      }
      out.append(";\n");
    }
    return out.append("}\n").toString();
  }

  // What the diagram shows, in a sentence or two.
  private static List<String> about(SpecModel spec, Drawing drawing) {
    String name = spec.specClass().canonicalName();
    if (spec.hasTransitionTable()) {
      return List.of("The states of " + name + " and the transitions its table allows.");
    }
    if (spec.transitionRules().isEmpty()) {
      return List.of("The states of " + name
          + ", which has no transitions table: every transition is allowed, none is drawn.");
    }
    List<String> about = new ArrayList<>();
    about.add("The states of " + name + ", which has no transitions table: every transition is allowed unless a "
        + "rule refuses it.");
    about.add("Drawn is where its rules decide: an edge is a transition its rules run on, labelled with them in the "
        + "order they run; a state's text names a rule that runs on every transition entering or leaving it.");
    if (!drawing.everywhere().isEmpty()) {
      about.add("On every transition: " + String.join(", ", drawing.everywhere()) + ".");
    }
    return about;
  }

  /**
   * What the diagram draws: the table's transitions, each once (from a first state, then from each type
   * in order, to types in order); or, without a table, where the rules decide.
   */
  private static Drawing drawing(SpecModel spec, TransitionGraph graph) {
    if (spec.hasTransitionTable()) {
      List<Edge> edges = new ArrayList<>();
      graph.starts().forEach(to -> edges.add(new Edge(null, to, List.of())));
      for (String from : graph.types()) {
        graph.successors(from).forEach(to -> edges.add(new Edge(from, to, List.of())));
      }
      return new Drawing(edges, Map.of(), List.of());
    }
    Map<String, List<String>> states = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> ruled = new LinkedHashMap<>(); // from ("" for none), to, rules
    List<String> everywhere = new ArrayList<>();
    for (TransitionRuleModel rule : spec.transitionRules()) {
      TransitionGraph.RuleTypes types = graph.ruleTypes(rule);
      Set<String> own = ownTypes(spec, rule);
      boolean fromAny = types.from().equals(own);
      boolean toAny = types.to().equals(own);
      String name = rule.owner().equals(spec.specClass()) ? rule.methodName() : rule.qualifiedName();
      if (fromAny && toAny && types.start()) {
        everywhere.add(name);
      } else if (fromAny) {
        String text = "entering decided by " + name + (types.start() ? "" : " (not a first state)");
        types.to().forEach(to -> states.computeIfAbsent(to, type -> new ArrayList<>()).add(text));
      } else {
        if (toAny) {
          types.from().forEach(from -> states.computeIfAbsent(from, type -> new ArrayList<>())
              .add("leaving decided by " + name));
        } else {
          types.from().forEach(from -> types.to().forEach(to -> mark(ruled, from, to, name)));
        }
        if (types.start()) {
          types.to().forEach(to -> mark(ruled, "", to, name));
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (String from : startThenTypes(graph)) {
      Map<String, List<String>> out = ruled.getOrDefault(from, Map.of());
      for (String to : graph.types()) {
        if (out.containsKey(to)) {
          edges.add(new Edge(from.isEmpty() ? null : from, to, out.get(to)));
        }
      }
    }
    return new Drawing(edges, states, everywhere);
  }

  // The types a rule's own spec has, in this spec's order: a base's rule runs on no other.
  private static Set<String> ownTypes(SpecModel spec, TransitionRuleModel rule) {
    SpecModel owner = spec.specOf(rule.owner()).orElse(spec);
    Set<String> own = new LinkedHashSet<>();
    owner.types().forEach(type -> own.add(type.name()));
    Set<String> ordered = new LinkedHashSet<>();
    spec.types().forEach(type -> {
      if (own.contains(type.name())) {
        ordered.add(type.name());
      }
    });
    return ordered;
  }

  private static void mark(Map<String, Map<String, List<String>>> ruled, String from, String to, String rule) {
    ruled.computeIfAbsent(from, type -> new LinkedHashMap<>()).computeIfAbsent(to, type -> new ArrayList<>()).add(rule);
  }

  private static List<String> startThenTypes(TransitionGraph graph) {
    List<String> from = new ArrayList<>();
    from.add("");
    from.addAll(graph.types());
    return from;
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
   * One transition drawn: one the table allows, or, without a table, one that rules decide.
   *
   * @param from the type before, or null for a first state
   * @param to the type after
   * @param rules the rules that decide it, in the order they run; empty for a table's transition
   */
  private record Edge(String from, String to, List<String> rules) {}

  /**
   * What a diagram draws.
   *
   * @param edges the transitions
   * @param states by type, the lines of its text that name rules deciding every transition entering or
   *     leaving it
   * @param everywhere the rules that run on every transition
   */
  private record Drawing(List<Edge> edges, Map<String, List<String>> states, List<String> everywhere) {}
}
