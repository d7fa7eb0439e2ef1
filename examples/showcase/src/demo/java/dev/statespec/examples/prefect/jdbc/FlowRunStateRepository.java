package dev.statespec.examples.prefect.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.statespec.examples.prefect.State;
import dev.statespec.runtime.StateValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Prefect's states in a {@code flow_run_state} table ({@link FlowRunStateSchema#CREATE_TABLE}),
 * with plain JDBC: it writes {@link State#ormDict()} rows plus a {@code data} column of their own,
 * and reads rows back through {@link State#fromOrmWithoutResult(java.util.function.Function,
 * Object)}, attaching the data only when the caller asks for it. Without {@code withData} the
 * {@code SELECT} does not name the {@code data} column at all, so the database never reads it.
 *
 * <h2>Columns</h2>
 *
 * <ul>
 *   <li>{@code id}: the UUID as text; {@code type}: the {@code StateType} name; {@code name},
 *       {@code message}: text.
 *   <li>{@code timestamp}: ISO-8601 UTC text with nine fraction digits ({@code
 *       2024-01-01T12:00:00.123456000Z}), so that text order is time order (years 0000 to 9999);
 *       read back through the generated code's lenient reading, which takes any ISO-8601 text.
 *   <li>{@code state_details}: the JSON of the {@code ormDict()} details map (Prefect's wire shape:
 *       UUIDs and instants as text), read back as a map for the generated code.
 *   <li>{@code data}: the JSON of the state's data, or SQL {@code NULL} for {@code null}. It reads
 *       back as JSON-natural values (maps, lists, strings, numbers, booleans), whatever Java type
 *       was written.
 * </ul>
 *
 * <h2>Reading rows</h2>
 *
 * {@link #readRow(ResultSet, boolean)} reads the current row of any result set, so a query of the
 * application's own can use it. Its <em>required</em> columns are {@code id}, {@code type}, {@code
 * timestamp} and {@code state_details}, the table's {@code NOT NULL} columns: without them the
 * generated code would quietly make up a new id, the time of reading or empty details. {@code name}
 * and {@code message} are optional (absent, they take their defaults: the type's name and no
 * message), and {@code data} is required only when the data is asked for. A bad row raises {@link
 * StateValidationException} whose {@code path()} names the column: a missing required column
 * ({@code "column is missing from the row"}), a {@code NULL} in one ({@code "is NULL in the row"}),
 * a {@code state_details} or {@code data} that is not JSON ({@code "is not valid JSON: ..."}), a
 * {@code state_details} that is not a JSON object, and whatever the generated code refuses ({@code
 * type}: an unknown state type; {@code timestamp}: text that is not ISO-8601; {@code
 * state_details.flow_run_id}: a bad details field).
 *
 * <h2>Connections and threads</h2>
 *
 * Every operation opens its own connection from the {@link ConnectionSource} and closes it before
 * returning, so the repository holds no connection and may be shared by any number of threads.
 * Writes run in one transaction per call. With {@link #sqliteFile(Path)} each connection waits up
 * to {@link #BUSY_TIMEOUT_MILLIS} for the database's single write lock ({@code busy_timeout}),
 * write transactions take that lock when they begin ({@code BEGIN IMMEDIATE}), and {@link
 * #createTable()} switches the file to write-ahead logging, so readers do not wait for writers.
 * Concurrent writers queue; none is lost. Failures of the database itself are {@link SQLException}s.
 */
public final class FlowRunStateRepository {

  /** How long a connection from {@link #sqliteFile(Path)} waits for another's write lock. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  /** The columns without which {@link #readRow(ResultSet, boolean)} refuses a row. */
  public static final List<String> REQUIRED_COLUMNS = List.of("id", "type", "timestamp", "state_details");

  /** The columns that {@link State#fromOrmWithoutResult} may ask for: every {@code ormDict()} key. */
  private static final List<String> ORM_COLUMNS =
      List.of("id", "type", "name", "timestamp", "message", "state_details");

  private static final String DATA = "data";

  /** Fixed width, so that the text sorts as the instants do. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Where the repository gets a new connection for each operation; it closes every one it gets. */
  @FunctionalInterface
  public interface ConnectionSource {
    /** Opens a new connection. */
    Connection open() throws SQLException;
  }

  private final ConnectionSource connections;

  /**
   * A repository over the connections of {@code connections}.
   *
   * @param connections a new connection per call; see {@link #sqliteFile(Path)}
   */
  public FlowRunStateRepository(ConnectionSource connections) {
    this.connections = Objects.requireNonNull(connections, "connections");
  }

  /**
   * Connections to the SQLite database in {@code file} (created when first written), each with a
   * {@code busy_timeout} of {@link #BUSY_TIMEOUT_MILLIS} and write transactions that begin
   * immediately.
   */
  public static ConnectionSource sqliteFile(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return source::getConnection;
  }

  /**
   * Creates the {@code flow_run_state} table and its timestamp index if they do not exist, and
   * switches the database to write-ahead logging.
   */
  public void createTable() throws SQLException {
    try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
      statement.execute(FlowRunStateSchema.JOURNAL_MODE_WAL);
      statement.execute(FlowRunStateSchema.CREATE_TABLE);
      statement.execute(FlowRunStateSchema.CREATE_TIMESTAMP_INDEX);
    }
  }

  /**
   * Inserts one state, its data included.
   *
   * @throws SQLException if the database refuses it, for instance a state with that id is stored
   * @throws StateValidationException ({@code data}) if the data cannot be written as JSON
   */
  public void save(State state) throws SQLException {
    saveAll(List.of(state));
  }

  /**
   * Inserts states, their data included, in one transaction: all of them or none.
   *
   * @throws SQLException if the database refuses one, for instance a state with that id is stored
   * @throws StateValidationException ({@code data}) if a state's data cannot be written as JSON
   */
  public void saveAll(Collection<State> states) throws SQLException {
    List<Object[]> rows = new ArrayList<>(states.size());
    for (State state : states) {
      rows.add(toRow(state));
    }
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(FlowRunStateSchema.INSERT)) {
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
              insert.setNull(i + 1, Types.VARCHAR);
            } else {
              insert.setString(i + 1, (String) row[i]);
            }
          }
          insert.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    }
  }

  /**
   * The state with this id.
   *
   * @param withData whether to read the {@code data} column; without it the data is {@code null}
   *     and the column is not named in the query
   * @throws StateValidationException naming the column if the row cannot be read
   */
  public Optional<State> load(UUID id, boolean withData) throws SQLException {
    try (Connection connection = connections.open();
        PreparedStatement select = connection.prepareStatement(
            withData ? FlowRunStateSchema.SELECT_BY_ID_WITH_DATA : FlowRunStateSchema.SELECT_BY_ID)) {
      select.setString(1, id.toString());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(readRow(rows, withData)) : Optional.empty();
      }
    }
  }

  /**
   * Every state, oldest first (then by id).
   *
   * @param withData whether to read the {@code data} column; without it every data is {@code null}
   *     and the column is not named in the query
   * @throws StateValidationException naming the column of the first row that cannot be read
   */
  public List<State> findAll(boolean withData) throws SQLException {
    try (Connection connection = connections.open();
        PreparedStatement select = connection.prepareStatement(
            withData ? FlowRunStateSchema.SELECT_ALL_WITH_DATA : FlowRunStateSchema.SELECT_ALL);
        ResultSet rows = select.executeQuery()) {
      Columns columns = Columns.of(rows.getMetaData(), withData);
      List<State> states = new ArrayList<>();
      while (rows.next()) {
        states.add(columns.read(rows));
      }
      return states;
    }
  }

  /** How many states the table holds. */
  public long count() throws SQLException {
    try (Connection connection = connections.open();
        PreparedStatement select = connection.prepareStatement(FlowRunStateSchema.COUNT);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Reads the current row of {@code row}, from any query whose column labels are the table's
   * columns; see the class comment for the required columns.
   *
   * @param withData whether to read the {@code data} column (then required) and attach its value;
   *     without it the data is {@code null} and the column, if present, is not read
   * @throws StateValidationException naming the column if the row cannot be read
   */
  public static State readRow(ResultSet row, boolean withData) throws SQLException {
    return Columns.of(row.getMetaData(), withData).read(row);
  }

  /** The column values of a state's row, in {@link FlowRunStateSchema#INSERT}'s order. */
  private static Object[] toRow(State state) {
    Map<String, Object> orm = state.ormDict();
    return new Object[] {
      orm.get("id").toString(),
      ((Enum<?>) orm.get("type")).name(),
      TIMESTAMP.format((Instant) orm.get("timestamp")),
      orm.get("name"),
      orm.get("message"),
      writeJson(orm.get("state_details"), "state_details"),
      state.data() == null ? null : writeJson(state.data(), DATA)
    };
  }

  private static String writeJson(Object value, String column) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StateValidationException(column, "cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Object readJson(String text, String column) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new StateValidationException(column, "is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The details' JSON, which must be an object; the generated code reads the map. */
  private static Object readDetails(String text) {
    Object details = readJson(text, "state_details");
    if (details == null) {
      throw new StateValidationException("state_details", "is JSON null; expected an object");
    }
    return details;
  }

  /** Where a result set holds each column, checked once per result set. */
  private static final class Columns {

    private final Map<String, Integer> indexes;
    private final boolean withData;

    private Columns(Map<String, Integer> indexes, boolean withData) {
      this.indexes = indexes;
      this.withData = withData;
    }

    static Columns of(ResultSetMetaData metaData, boolean withData) throws SQLException {
      Map<String, Integer> indexes = new HashMap<>();
      for (int i = metaData.getColumnCount(); i >= 1; i--) {
        indexes.put(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
      }
      for (String column : REQUIRED_COLUMNS) {
        requirePresent(indexes, column);
      }
      if (withData) {
        requirePresent(indexes, DATA);
      }
      return new Columns(indexes, withData);
    }

    private static void requirePresent(Map<String, Integer> indexes, String column) {
      if (!indexes.containsKey(column)) {
        throw new StateValidationException(column, "column is missing from the row");
      }
    }

    State read(ResultSet row) throws SQLException {
      // Read every column the generated code may ask for up front: the lookup it is given cannot
      // throw SQLException, and it never sees the data column.
      Map<String, Object> values = new HashMap<>();
      for (String column : ORM_COLUMNS) {
        Integer index = indexes.get(column);
        if (index == null) {
          continue;
        }
        String text = row.getString(index);
        if (text == null && REQUIRED_COLUMNS.contains(column)) {
          throw new StateValidationException(column, "is NULL in the row");
        }
        values.put(column, column.equals("state_details") ? readDetails(text) : text);
      }
      Object data = null;
      if (withData) {
        String text = row.getString(indexes.get(DATA));
        data = text == null ? null : readJson(text, DATA);
      }
      return State.fromOrmWithoutResult(values::get, data);
    }
  }
}
