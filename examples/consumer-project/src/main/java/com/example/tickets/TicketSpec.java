package com.example.tickets;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.Shortcut;
import java.util.List;

/** The state of a support ticket. */
@StateSpec(
    types = {"OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"},
    terminal = {"RESOLVED", "CLOSED"},
    named = @Named(type = "IN_PROGRESS", names = "Escalated"),
    reset = "id")
public interface TicketSpec {

  /** Who works on a ticket, and how urgent it is. */
  @StateSpec.Details
  interface Details {
    String assignee();
    @Default("3") int priority();
    List<String> labels();
  }

  /** Escalated to {@code assignee}, at the top priority. */
  @StateSpec.Factory("Escalated")
  static StateDetails escalate(StateDetails details, @Shortcut String assignee) {
    return details.withAssignee(assignee).withPriority(1);
  }
}
