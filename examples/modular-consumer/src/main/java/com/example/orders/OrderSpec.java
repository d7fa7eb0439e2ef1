package com.example.orders;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.Shortcut;

/** The state of a customer's order. */
@StateSpec(
    types = {"PLACED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"},
    terminal = {"DELIVERED", "CANCELLED"},
    named = @Named(type = "SHIPPED", names = "Express"),
    reset = "id")
public interface OrderSpec {

  /** Who ordered, how much, and who carries it. */
  @StateSpec.Details
  interface Details {
    String customer();
    @Default("1") int items();
    String carrier();
  }

  /** Shipped express by {@code carrier}. */
  @Factory("Express")
  static StateDetails express(StateDetails details, @Shortcut String carrier) {
    return details.withCarrier(carrier);
  }
}
