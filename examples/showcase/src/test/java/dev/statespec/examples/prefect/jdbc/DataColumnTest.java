package dev.statespec.examples.prefect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.examples.prefect.RandomStates;
import dev.statespec.examples.prefect.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;

/**
 * Reading never reads the data column unless asked. The states are stored, then the table is
 * renamed and {@code flow_run_state} becomes a view whose {@code data} column is a SQLite function
 * of the stored data that counts its calls and fails: a read that touched the column at all would
 * fail, and the function's count would show it.
 */
class DataColumnTest {

  private static final String RENAME_TABLE = "ALTER TABLE flow_run_state RENAME TO flow_run_state_stored";
  private static final String CREATE_VIEW = """
      CREATE VIEW flow_run_state AS
      SELECT id, type, timestamp, name, message, state_details, unreadable(data) AS data
      FROM flow_run_state_stored""";
  private static final String UNREADABLE = "the data column was read";

  @TempDir
  Path directory;

  private List<State> states;
  private final AtomicInteger dataReads = new AtomicInteger();
  private FlowRunStateRepository guarded;

  @BeforeEach
  void storeStatesBehindAnUnreadableDataColumn() throws SQLException {
    FlowRunStateRepository.ConnectionSource connections =
        FlowRunStateRepository.sqliteFile(directory.resolve("states.db"));
    FlowRunStateRepository repository = new FlowRunStateRepository(connections);
    repository.createTable();
    states = RandomStates.states(RandomStates.SEED + 12, 50);
    repository.saveAll(states);

    try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
      statement.execute(RENAME_TABLE);
      statement.execute(CREATE_VIEW);
    }
    guarded = new FlowRunStateRepository(() -> {
      Connection connection = connections.open();
      Function.create(connection, "unreadable", new Function() {
        @Override
        protected void xFunc() throws SQLException {
          dataReads.incrementAndGet();
          throw new SQLException(UNREADABLE);
        }
      });
      return connection;
    });
  }

  @Test
  void readingWithoutDataNeverReadsTheColumn() throws SQLException {
    Map<UUID, State> byId = states.stream().collect(Collectors.toMap(State::id, state -> state));

    List<State> all = guarded.findAll(false);
    assertEquals(states.size(), all.size());
    for (State loaded : all) {
      assertNull(loaded.data());
      assertEquals(byId.get(loaded.id()).withData(null).toMap(), loaded.toMap());
    }
    for (State state : states) {
      State loaded = guarded.load(state.id(), false).orElseThrow();
      assertEquals(state.id(), loaded.id());
      assertEquals(state.withData(null), loaded);
    }
    assertEquals(0, dataReads.get());
  }

  @Test
  void readingWithDataReadsTheColumn() {
    SQLException all = assertThrows(SQLException.class, () -> guarded.findAll(true));
    assertTrue(all.getMessage().contains(UNREADABLE), all.getMessage());
    SQLException one = assertThrows(SQLException.class, () -> guarded.load(states.get(0).id(), true));
    assertTrue(one.getMessage().contains(UNREADABLE), one.getMessage());
    assertTrue(dataReads.get() >= 2, "calls: " + dataReads.get());
  }
}
