package dev.statespec.examples.airflow;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a task's priority weight adds up over the DAG, as Airflow's {@code WeightRule} ({@code
 * airflow/utils/weight_rule.py}) says: its own weight plus those of the tasks downstream of it, plus
 * those upstream of it, or its own alone.
 *
 * <p>Airflow writes the rules in lower case; {@code @JsonProperty} gives each constant that wire
 * name, which statespec reads for JSON, maps and the schema alike.
 */
public enum WeightRule {
  /** Its weight plus the weights of every task downstream: Airflow's default. */
  @JsonProperty("downstream")
  DOWNSTREAM,
  /** Its weight plus the weights of every task upstream. */
  @JsonProperty("upstream")
  UPSTREAM,
  /** Its own weight alone. */
  @JsonProperty("absolute")
  ABSOLUTE
}
