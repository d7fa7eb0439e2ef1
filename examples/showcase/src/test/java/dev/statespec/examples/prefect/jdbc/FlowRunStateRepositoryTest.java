package dev.statespec.examples.prefect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statespec.examples.prefect.RandomStates;
import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import dev.statespec.examples.prefect.States;
import dev.statespec.runtime.StateClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** States make the round trip through the SQLite table, every field and the id included. */
class FlowRunStateRepositoryTest {

  private static final int COUNT = 300;

  private static final String SELECT_RAW =
      "SELECT id, type, timestamp, name, message, state_details, data FROM flow_run_state WHERE id = ?";
  private static final String INSERT_RAW = """
      INSERT INTO flow_run_state (id, type, timestamp, name, message, state_details, data)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  @TempDir
  Path directory;

  private FlowRunStateRepository.ConnectionSource connections;
  private FlowRunStateRepository repository;

  @BeforeEach
  void createTable() throws SQLException {
    connections = FlowRunStateRepository.sqliteFile(directory.resolve("states.db"));
    repository = new FlowRunStateRepository(connections);
    repository.createTable();
  }

  @Test
  void randomStatesComeBackEqualWithTheirIdsAndData() throws SQLException {
    List<State> states = RandomStates.states(RandomStates.SEED + 10, COUNT);
    repository.saveAll(states);

    assertEquals(COUNT, repository.count());
    for (State state : states) {
      State loaded = repository.load(state.id(), true).orElseThrow();
      assertEquals(state.id(), loaded.id());
      assertEquals(state, loaded);
      assertEquals(state.toMap(), loaded.toMap());
    }
    List<State> all = repository.findAll(true);
    assertEquals(COUNT, all.size());
    assertEquals(inReadOrder(states).stream().map(State::id).collect(Collectors.toList()),
        all.stream().map(State::id).collect(Collectors.toList()), "oldest first, then by id");
    Map<UUID, State> byId = states.stream().collect(Collectors.toMap(State::id, state -> state));
    for (State loaded : all) {
      assertEquals(byId.get(loaded.id()).toMap(), loaded.toMap());
    }
  }

  @Test
  void withoutDataEveryOtherFieldComesBack() throws SQLException {
    List<State> states = RandomStates.states(RandomStates.SEED + 11, COUNT);
    for (State state : states) {
      repository.save(state);
    }

    Map<UUID, State> byId = states.stream().collect(Collectors.toMap(State::id, state -> state));
    List<State> all = repository.findAll(false);
    assertEquals(COUNT, all.size());
    for (State loaded : all) {
      assertNull(loaded.data());
      assertEquals(byId.get(loaded.id()).withData(null).toMap(), loaded.toMap());
    }
    State first = states.get(0);
    State loaded = repository.load(first.id(), false).orElseThrow();
    assertEquals(first.id(), loaded.id());
    assertEquals(first.withData(null), loaded);
  }

  @Test
  void columnsHoldTextJsonAndFixedWidthUtcTimestamps() throws Exception {
    UUID flowRunId = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79");
    State completed;
    try (StateClock.Pin pin = StateClock.pinAt(Instant.parse("2024-01-01T12:00:00Z"))) {
      completed = States.completed(options -> options.message("done").data(Map.of("rows", 42))
          .stateDetails(StateDetails.builder().flowRunId(flowRunId).build()));
      assertEquals(pin.instant(), completed.timestamp());
    }
    State running = States.running(options -> options.timestamp(Instant.parse("2024-01-01T11:59:59.5Z")));
    repository.saveAll(List.of(completed, running));

    try (Connection connection = connections.open();
        PreparedStatement select = connection.prepareStatement(SELECT_RAW)) {
      select.setString(1, completed.id().toString());
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        assertEquals(completed.id().toString(), row.getString("id"));
        assertEquals("COMPLETED", row.getString("type"));
        assertEquals("2024-01-01T12:00:00.000000000Z", row.getString("timestamp"));
        assertEquals("Completed", row.getString("name"));
        assertEquals("done", row.getString("message"));
        assertEquals("{\"rows\":42}", row.getString("data"));
        Map<?, ?> details = new ObjectMapper().readValue(row.getString("state_details"), Map.class);
        assertEquals(completed.stateDetails().toMap().keySet(), details.keySet());
        assertEquals(flowRunId.toString(), details.get("flow_run_id"));
      }
      select.setString(1, running.id().toString());
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        assertEquals("2024-01-01T11:59:59.500000000Z", row.getString("timestamp"));
        assertNull(row.getString("data"), "null data is SQL NULL");
      }
    }
    assertEquals(List.of(running.id(), completed.id()),
        repository.findAll(false).stream().map(State::id).collect(Collectors.toList()),
        "the text sorts as the instants do");
  }

  @Test
  void readsTimestampsWrittenInOtherIsoForms() throws SQLException {
    UUID id = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-000000000001");
    try (Connection connection = connections.open();
        PreparedStatement insert = connection.prepareStatement(INSERT_RAW)) {
      insert.setString(1, id.toString());
      insert.setString(2, "FAILED");
      insert.setString(3, "2024-01-01 14:00:00.25+02:00");
      insert.setString(4, null);
      insert.setString(5, null);
      insert.setString(6, "{}");
      insert.setString(7, null);
      insert.executeUpdate();
    }
    State loaded = repository.load(id, true).orElseThrow();
    assertEquals(Instant.parse("2024-01-01T12:00:00.25Z"), loaded.timestamp());
    assertEquals(StateType.FAILED, loaded.type());
    assertEquals("Failed", loaded.name(), "a NULL name takes the type's default");
    assertEquals(StateDetails.builder().build(), loaded.stateDetails());
    assertNull(loaded.data());
  }

  @Test
  void anUnknownIdIsEmpty() throws SQLException {
    repository.save(States.completed());
    assertTrue(repository.load(UUID.randomUUID(), false).isEmpty());
    assertTrue(repository.load(UUID.randomUUID(), true).isEmpty());
  }

  @Test
  void saveAllWritesAllOrNothing() throws SQLException {
    State first = States.pending();
    repository.save(first);

    List<State> batch = List.of(States.running(), first, States.completed());
    assertThrows(SQLException.class, () -> repository.saveAll(batch), "a second state with the same id");

    assertEquals(1, repository.count());
    assertEquals(List.of(first.id()), repository.findAll(false).stream().map(State::id).collect(Collectors.toList()));
  }

  @Test
  void createTableTwiceKeepsTheStates() throws SQLException {
    repository.save(States.completed());
    repository.createTable();
    assertEquals(1, repository.count());
  }

  /** The read order: timestamp, then the id's text. */
  private static List<State> inReadOrder(List<State> states) {
    return states.stream()
        .sorted(Comparator.comparing(State::timestamp).thenComparing(state -> state.id().toString()))
        .collect(Collectors.toList());
  }
}
