package dev.statespec.processor.write;

import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.SpecModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes generated resources into the class output; the only class that hands resources to the {@link Filer}. */
public final class ResourceWriter {

  private final Filer filer;
  private final Diagnostics diagnostics;

  /**
   * A writer that hands resources to {@code filer}.
   *
   * @param filer the compiler's filer
   * @param diagnostics where a failure goes
   */
  public ResourceWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes {@code text} as UTF-8 to {@code name}, generated from {@code spec}; a failure is an error on
   * the spec.
   *
   * @param spec the spec it is generated from, its originating element
   * @param name the resource's path in the class output
   * @param text the content
   */
  public void write(SpecModel spec, String name, String text) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, spec.element());
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      diagnostics.error(Origin.of(spec.element()), Problem.WRITE_FAILED, name, e.getMessage());
    }
  }
}
