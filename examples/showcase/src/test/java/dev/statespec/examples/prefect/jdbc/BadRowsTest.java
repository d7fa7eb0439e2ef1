package dev.statespec.examples.prefect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateType;
import dev.statespec.examples.prefect.States;
import dev.statespec.runtime.StateValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A row the repository cannot read raises StateValidationException, whose path names the column. */
class BadRowsTest {

  private static final String INSERT_RAW = """
      INSERT INTO flow_run_state (id, type, timestamp, name, message, state_details, data)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  /** Queries of an application's own, each without one required column, by the column they lack. */
  private static final Map<String, String> WITHOUT_COLUMN = Map.of(
      "id", "SELECT type, timestamp, name, message, state_details, data FROM flow_run_state",
      "type", "SELECT id, timestamp, name, message, state_details, data FROM flow_run_state",
      "timestamp", "SELECT id, type, name, message, state_details, data FROM flow_run_state",
      "state_details", "SELECT id, type, timestamp, name, message, data FROM flow_run_state",
      "data", "SELECT id, type, timestamp, name, message, state_details FROM flow_run_state");

  /** Queries whose one required column is NULL, by that column. */
  private static final Map<String, String> NULL_COLUMN = Map.of(
      "id", "SELECT NULL AS id, type, timestamp, name, message, state_details FROM flow_run_state",
      "type", "SELECT id, NULL AS type, timestamp, name, message, state_details FROM flow_run_state",
      "timestamp", "SELECT id, type, NULL AS timestamp, name, message, state_details FROM flow_run_state",
      "state_details", "SELECT id, type, timestamp, name, message, NULL AS state_details FROM flow_run_state");

  private static final String ONLY_REQUIRED_COLUMNS =
      "SELECT ID, Type, timestamp, state_details FROM flow_run_state";

  private static final UUID ID = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79");
  private static final String GOOD_DETAILS = "{\"flow_run_id\": \"0191e4f8-6d3a-7c2e-9b1a-000000000002\"}";

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
  void anUnknownTypeNamesTheTypeColumn() throws SQLException {
    insert(ID.toString(), "FOO", "2024-01-01T00:00:00Z", GOOD_DETAILS, null);
    StateValidationException e = assertRefused("type", () -> repository.load(ID, false));
    assertTrue(e.problem().startsWith("'FOO' is not a valid StateType; expected one of SCHEDULED,"), e.problem());
    assertRefused("type", () -> repository.findAll(false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "not json", "{\"flow_run_id\": }", "{} {}", "{\"a\": 1}]"})
  void malformedDetailsJsonNamesTheDetailsColumn(String details) throws SQLException {
    insert(ID.toString(), "RUNNING", "2024-01-01T00:00:00Z", details, null);
    StateValidationException e = assertRefused("state_details", () -> repository.load(ID, false));
    assertTrue(e.problem().startsWith("is not valid JSON: "), e.problem());
    assertRefused("state_details", () -> repository.findAll(true));
  }

  @Test
  void detailsThatAreNotAnObjectNameTheDetailsColumn() throws SQLException {
    insert(ID.toString(), "RUNNING", "2024-01-01T00:00:00Z", "null", null);
    assertRefused("state_details", () -> repository.load(ID, false));
    update("[1, 2]");
    assertRefused("state_details", () -> repository.load(ID, false));
    update("\"text\"");
    assertRefused("state_details", () -> repository.load(ID, false));
  }

  @Test
  void aBadDetailsFieldNamesItsPath() throws SQLException {
    insert(ID.toString(), "RUNNING", "2024-01-01T00:00:00Z", "{\"flow_run_id\": \"not a uuid\"}", null);
    assertRefused("state_details.flow_run_id", () -> repository.load(ID, false));
  }

  @Test
  void aBadTimestampOrIdNamesItsColumn() throws SQLException {
    insert(ID.toString(), "RUNNING", "yesterday", GOOD_DETAILS, null);
    assertRefused("timestamp", () -> repository.load(ID, false));
    insert("not a uuid", "RUNNING", "2024-01-01T00:00:00Z", GOOD_DETAILS, null);
    assertRefused("id", () -> repository.findAll(false));
  }

  @Test
  void malformedDataJsonIsReadOnlyWhenAsked() throws SQLException {
    insert(ID.toString(), "COMPLETED", "2024-01-01T00:00:00Z", GOOD_DETAILS, "{\"rows\": ");
    StateValidationException e = assertRefused("data", () -> repository.load(ID, true));
    assertTrue(e.problem().startsWith("is not valid JSON: "), e.problem());
    State withoutData = repository.load(ID, false).orElseThrow();
    assertEquals(StateType.COMPLETED, withoutData.type());
    assertNull(withoutData.data());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "type", "timestamp", "state_details", "data"})
  void aMissingRequiredColumnIsNamed(String column) throws SQLException {
    repository.save(States.completed(options -> options.data(1)));
    boolean withData = column.equals("data");
    StateValidationException e = assertRefused(column, () -> readFirst(WITHOUT_COLUMN.get(column), withData));
    assertEquals("column is missing from the row", e.problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "type", "timestamp", "state_details"})
  void aNullRequiredColumnIsNamed(String column) throws SQLException {
    repository.save(States.completed());
    StateValidationException e = assertRefused(column, () -> readFirst(NULL_COLUMN.get(column), false));
    assertEquals("is NULL in the row", e.problem());
  }

  @Test
  void nameAndMessageMayBeLeftOut() throws SQLException {
    State saved = States.completed(options -> options.name("Done").message("all good").data(1));
    repository.save(saved);
    State read = readFirst(ONLY_REQUIRED_COLUMNS, false);
    assertEquals(saved.id(), read.id());
    assertEquals(saved.timestamp(), read.timestamp());
    assertEquals(saved.stateDetails(), read.stateDetails());
    assertEquals("Completed", read.name(), "the type's default name");
    assertNull(read.message());
    assertNull(read.data());
  }

  private static StateValidationException assertRefused(String column, Executable read) {
    StateValidationException e = assertThrows(StateValidationException.class, read);
    assertEquals(column, e.path(), e.getMessage());
    return e;
  }

  private State readFirst(String query, boolean withData) throws SQLException {
    try (Connection connection = connections.open();
        PreparedStatement select = connection.prepareStatement(query);
        ResultSet rows = select.executeQuery()) {
      assertTrue(rows.next());
      return FlowRunStateRepository.readRow(rows, withData);
    }
  }

  private void insert(String id, String type, String timestamp, String details, String data) throws SQLException {
    try (Connection connection = connections.open();
        PreparedStatement insert = connection.prepareStatement(INSERT_RAW)) {
      insert.setString(1, id);
      insert.setString(2, type);
      insert.setString(3, timestamp);
      insert.setString(4, null);
      insert.setString(5, null);
      insert.setString(6, details);
      insert.setString(7, data);
      insert.executeUpdate();
    }
  }

  private void update(String details) throws SQLException {
    try (Connection connection = connections.open();
        PreparedStatement update = connection.prepareStatement("UPDATE flow_run_state SET state_details = ?")) {
      update.setString(1, details);
      update.executeUpdate();
    }
  }
}
