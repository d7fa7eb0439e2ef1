package dev.statespec.examples.types;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket with a details field of every kind a details field may have: each basic type boxed and,
 * where Java has one, primitive; {@code BigDecimal}; an enum of its own; lists, sets and maps of
 * scalars; free-form JSON. The behaviour tests beside it pin what statespec generates for each.
 */
@StateSpec(types = {"OPEN", "DONE"}, terminal = "DONE")
public interface FieldTypesSpec {

  /** One field of every kind. */
  @StateSpec.Details
  interface Details {

    // --- basic values, boxed and primitive

    /** A string. */
    String title();

    /** A UUID. */
    UUID ownerId();

    /** An instant. */
    Instant dueAt();

    boolean urgent();

    Boolean acknowledged();

    int retries();

    Integer boxedRetries();

    long sizeBytes();

    Long boxedSizeBytes();

    double ratio();

    Double boxedRatio();

    /** A primitive double with a default. */
    @Default("2.5")
    double weight();

    /** An exact decimal. */
    BigDecimal amount();

    /** An exact decimal with a default whose trailing zero is kept. */
    @Default("12.50")
    BigDecimal price();

    // --- an enum, written by its wire values

    Priority priority();

    @Default("HIGH")
    Priority defaultPriority();

    // --- containers of scalars

    List<Integer> scores();

    List<Instant> checkpoints();

    List<UUID> watcherIds();

    List<Boolean> checks();

    Set<String> tags();

    @Default("[]")
    Set<Priority> escalations();

    Set<Double> levels();

    Set<BigDecimal> denominations();

    Map<String, Long> counters();

    Map<String, BigDecimal> prices();

    Map<String, Double> weights();

    Map<String, Priority> routing();

    Map<String, Instant> deadlines();

    // --- free-form JSON

    /** Any JSON value. */
    Object payload();

    /** Any JSON value, an empty array unless set. */
    @Default("[]")
    Object history();

    /** A JSON object, empty unless set. */
    @Default("{}")
    Map<String, Object> executorConfig();
  }
}
