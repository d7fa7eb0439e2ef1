package wireenum;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How urgent a ticket is, written in lower case but for one level. */
public enum Level {
  @JsonProperty("low")
  LOW,
  @JsonProperty("high")
  HIGH,
  URGENT
}
