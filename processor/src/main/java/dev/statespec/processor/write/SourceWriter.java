package dev.statespec.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.spec.Origin;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.validate.Diagnostics;
import dev.statespec.processor.validate.Problem;
import java.io.IOException;
import javax.annotation.processing.Filer;

/** Writes generated source files; the only class that hands Java sources to the {@link Filer}. */
public final class SourceWriter {

  private final Filer filer;
  private final Diagnostics diagnostics;

  public SourceWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** Writes {@code file}, generated from {@code spec}; a failure is an error on the spec. */
  public void write(SpecModel spec, JavaFile file) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      diagnostics.error(Origin.of(spec.element()), Problem.WRITE_FAILED,
          file.packageName() + "." + file.typeSpec().name(), e.getMessage());
    }
  }
}
