package dev.statespec.examples.prefect.jdbc;

/**
 * The SQL of {@link FlowRunStateRepository}: the {@code flow_run_state} table it expects and every
 * statement it runs, as constant text. Values are always bound as parameters; no statement is built
 * from strings at run time.
 *
 * <p>The table mirrors Prefect's {@code flow_run_state} without its foreign keys. SQLite has no
 * timestamp or UUID type, so {@code id} and {@code timestamp} are text; {@code state_details} and
 * {@code data} are JSON text. {@code id} is declared {@code NOT NULL} as well as {@code PRIMARY KEY}
 * because SQLite, unlike other databases, lets a text primary key hold NULL otherwise.
 */
public final class FlowRunStateSchema {

  /** Creates the table if it does not exist yet. */
  public static final String CREATE_TABLE = """
      CREATE TABLE IF NOT EXISTS flow_run_state (
        id TEXT PRIMARY KEY NOT NULL,
        type TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        name TEXT,
        message TEXT,
        state_details TEXT NOT NULL,
        data TEXT
      )""";

  /** Orders the reads by time, then id, as Prefect lists a run's states. */
  public static final String CREATE_TIMESTAMP_INDEX =
      "CREATE INDEX IF NOT EXISTS ix_flow_run_state_timestamp ON flow_run_state (timestamp, id)";

  /**
   * Switches the database file to write-ahead logging, which lets readers go on while one writer
   * writes; the mode is kept in the file.
   */
  static final String JOURNAL_MODE_WAL = "PRAGMA journal_mode=WAL";

  /** Inserts one state: the columns of {@code State.ormDict()} and the data. */
  static final String INSERT = """
      INSERT INTO flow_run_state (id, type, timestamp, name, message, state_details, data)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  /** One state by id, without its data column. */
  static final String SELECT_BY_ID = """
      SELECT id, type, timestamp, name, message, state_details
      FROM flow_run_state WHERE id = ?""";

  /** One state by id, with its data column. */
  static final String SELECT_BY_ID_WITH_DATA = """
      SELECT id, type, timestamp, name, message, state_details, data
      FROM flow_run_state WHERE id = ?""";

  /** Every state, oldest first, without the data column. */
  static final String SELECT_ALL = """
      SELECT id, type, timestamp, name, message, state_details
      FROM flow_run_state ORDER BY timestamp, id""";

  /** Every state, oldest first, with the data column. */
  static final String SELECT_ALL_WITH_DATA = """
      SELECT id, type, timestamp, name, message, state_details, data
      FROM flow_run_state ORDER BY timestamp, id""";

  /** How many states the table holds. */
  static final String COUNT = "SELECT COUNT(*) FROM flow_run_state";

  private FlowRunStateSchema() {}
}
