package dev.statespec.examples.airflow;

/**
 * How a task's priority weight adds up over the DAG, as Airflow's {@code WeightRule} ({@code
 * airflow/utils/weight_rule.py}) says: its own weight plus those of the tasks downstream of it, plus
 * those upstream of it, or its own alone.
 *
 * <p>The constants are spelled as Airflow writes them ({@code "downstream"}), so JSON, maps and the
 * schema carry that text with no {@code @JsonProperty}. (A {@code @JsonProperty} on them would be an
 * annotation of this module's own that no processor claims, which javac's {@code -Xlint:processing}
 * warns about in the compile that runs statespec, and this module compiles with {@code -Werror}.)
 */
public enum WeightRule {
  /** Its weight plus the weights of every task downstream: Airflow's default. */
  downstream,
  /** Its weight plus the weights of every task upstream. */
  upstream,
  /** Its own weight alone. */
  absolute
}
