package com.example.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.statespec.runtime.StateValue;
import java.io.IOException;

/**
 * Run on the module path: writes a state of this module's spec and one of Prefect's as JSON, reads
 * each back, and checks that it is the state written. Prints one line; any failure is an exception
 * (and a non-zero exit).
 */
public final class OrdersApp {

  private OrdersApp() {}

  /**
   * Runs the checks.
   *
   * @param args none
   * @throws IOException if Jackson cannot write or read a state
   */
  public static void main(String[] args) throws IOException {
    check(OrdersApp.class.getModule().isNamed(), "OrdersApp runs in module com.example.orders");
    check(!StateValue.class.getModule().getDescriptor().isAutomatic(), "dev.statespec.runtime is an explicit module");
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    // This module's own spec: generated into this package, which is open to Jackson.
    State express = States.express("DHL", b -> b.message("on its way")
        .stateDetails(StateDetails.builder().customer("ada").items(2).build()));
    check(express.isShipped() && "Express".equals(express.name()) && "DHL".equals(express.stateDetails().carrier()),
        "the spec's rule shapes the express state");
    State read = mapper.readValue(mapper.writeValueAsString(express), State.class);
    check(read.equals(express) && read.id().equals(express.id()), "an order's state reads back equal, id included");

    // Prefect's states, from the statespec-prefect jar.
    dev.statespec.examples.prefect.State running = dev.statespec.examples.prefect.States.running();
    dev.statespec.examples.prefect.State prefect =
        mapper.readValue(mapper.writeValueAsString(running), dev.statespec.examples.prefect.State.class);
    check(prefect.equals(running) && prefect.isRunning(), "a Prefect state reads back equal");

    // The JSON Schema the processor wrote beside the classes.
    check(OrdersApp.class.getClassLoader().getResource("META-INF/statespec/com.example.orders.OrderSpec.schema.json")
        != null, "the spec's JSON Schema ships in the module");

    System.out.println("modular-consumer: OK: module " + OrdersApp.class.getModule().getName()
        + " wrote and read back " + read.type() + " (" + read.name() + ") and Prefect's " + prefect.type());
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("not so: " + what);
    }
  }
}
