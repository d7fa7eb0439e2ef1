package dev.statespec.examples.prefect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.statespec.examples.prefect.jdbc.FlowRunStateRepository;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tour of what statespec generated from {@link PrefectSpec}: factories, predicates,
 * {@code resetFields}, {@code freshCopy}, {@code ormDict}, {@code fromOrmWithoutResult}, the JSON
 * wire format, the schema in the jar, and states kept in an embedded SQLite database. Run it with
 * the README's first command.
 *
 * <p>The demo plays the user's application, so it lives beside the generated code rather than in
 * it: it uses jackson-databind, which statespec's runtime and generated code never need.
 */
public final class PrefectDemo {

  private PrefectDemo() {}

  public static void main(String[] args) throws IOException, SQLException {
    run(System.out, defaultDatabase());
  }

  /**
   * Prints the tour to {@code out}.
   *
   * @param database the SQLite file the persistence section writes, replaced if it exists
   */
  static void run(PrintStream out, Path database) throws IOException, SQLException {
    UUID flowRunId = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79");

    section(out, "Factories: one per state type, one per named state");
    State scheduled = States.scheduled(Instant.now().plus(1, ChronoUnit.HOURS));
    State late = States.late();
    State running = States.running(options -> options.message("Run started")
        .stateDetails(StateDetails.builder().flowRunId(flowRunId).build()));
    State completed = States.completed(options -> options.message("All 3 tasks finished").data(Map.of("rows", 42)));
    State paused = States.paused(Duration.ofMinutes(10));
    State suspended = States.suspended(null, null, "approval", options -> { });
    State failed = States.failed(options -> options.message("it's broken"));
    for (State state : new State[] {scheduled, late, running, completed, paused, suspended, failed}) {
      out.printf("  %-36s type=%-10s final=%-5s %s%n", state, state.type(), state.isFinal(), detailsOf(state));
    }

    section(out, "Predicates");
    out.printf("  running.isRunning()=%s running.isFinal()=%s completed.isCompleted()=%s completed.isFinal()=%s%n",
        running.isRunning(), running.isFinal(), completed.isCompleted(), completed.isFinal());
    out.printf("  StateType.TERMINAL_STATES=%s%n", StateType.TERMINAL_STATES);

    section(out, "Refused combinations (the spec's factory rules)");
    try {
      States.paused(Duration.ofMinutes(1), Instant.now(), false, null, options -> { });
    } catch (IllegalArgumentException e) {
      out.println("  paused(timeout, expiration): " + e.getMessage());
    }

    section(out, "resetFields and freshCopy");
    State reset = running.resetFields();
    out.printf("  id %s -> %s, still equal: %s%n", running.id(), reset.id(), reset.equals(running));
    State fresh = running.freshCopy();
    out.printf("  freshCopy: id %s, timestamp %s -> %s%n", fresh.id(), running.timestamp(), fresh.timestamp());

    section(out, "ormDict: every field but data, as an ORM row");
    Map<String, Object> row = completed.ormDict();
    row.forEach((key, value) -> out.printf("  %-14s = %s%n", key, key.equals("state_details") ? "{...}" : value));

    section(out, "fromOrmWithoutResult: the row back, data attached from elsewhere");
    State loaded = State.fromOrmWithoutResult(row, completed.data());
    out.printf("  %s  equal to the original: %s%n", loaded, loaded.equals(completed));

    section(out, "CountByState");
    CountByState counts = CountByState.builder().completed(3).failed(1).running(2).build();
    out.println("  " + counts.toMap());

    section(out, "JSON: Prefect's wire format, with any ObjectMapper that has the JSR-310 module");
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(running);
    out.println(json.indent(2).stripTrailing());
    State read = mapper.readValue(json, State.class);
    out.printf("  read back: %s, equal: %s, same id: %s%n", read, read.equals(running), read.id().equals(running.id()));

    section(out, "JSON Schema, generated at build time into the jar");
    String schema = "META-INF/statespec/" + PrefectSpec.class.getName() + ".schema.json";
    URL location = PrefectDemo.class.getClassLoader().getResource(schema);
    out.println("  " + schema);
    out.println("  found at " + location);

    section(out, "Persisting states: a flow_run_state table in SQLite, data in a column of its own");
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
    }
    FlowRunStateRepository repository = new FlowRunStateRepository(FlowRunStateRepository.sqliteFile(database));
    repository.createTable();
    List<State> saved = List.of(running, completed, failed);
    repository.saveAll(saved);
    out.printf("  saved %d states to %s%n", repository.count(), database);
    out.println("  findAll(withData=false), oldest first: the data column is not even selected");
    for (State state : repository.findAll(false)) {
      State original = saved.stream().filter(s -> s.id().equals(state.id())).findFirst().orElseThrow();
      out.printf("    %-35s data=%-4s equal to the original but for data: %s%n", state, state.data(),
          state.equals(original.withData(null)));
    }
    State withData = repository.load(completed.id(), true).orElseThrow();
    out.printf("  load(id, withData=true): %s data=%s, equal to the original: %s%n", withData, withData.data(),
        withData.equals(completed) && withData.id().equals(completed.id()));
  }

  /** {@code statespec-demo.db} in the build directory: the parent of the demo's class folder. */
  private static Path defaultDatabase() {
    try {
      Path classes = Path.of(PrefectDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.resolveSibling("statespec-demo.db");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // The details fields that differ from the defaults, key=value.
  private static String detailsOf(State state) {
    Map<String, Object> defaults = StateDetails.builder().build().toMap();
    StringBuilder out = new StringBuilder();
    state.stateDetails().toMap().forEach((key, value) -> {
      if (value != null && !value.equals(defaults.get(key))) {
        out.append(key).append('=').append(value).append(' ');
      }
    });
    return out.toString().trim();
  }

  private static void section(PrintStream out, String title) {
    out.println();
    out.println("== " + title);
  }
}
