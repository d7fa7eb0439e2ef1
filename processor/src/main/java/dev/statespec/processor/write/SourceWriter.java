package dev.statespec.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.spec.SpecModel;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;

/** Writes generated source files; the only class that hands Java sources to the {@link Filer}. */
public final class SourceWriter {

  private final Filer filer;
  private final Diagnostics diagnostics;

  /**
   * A writer that hands sources to {@code filer}.
   *
   * @param filer the compiler's filer
   * @param diagnostics where a failure goes
   */
  public SourceWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes {@code file}, generated from {@code spec} (its one originating element); a failure is an
   * error on the spec. The text is rendered first and written in one call: JavaPoet's own {@code
   * writeTo(Filer)} writes a character at a time through javac's writer, most of a cold compile's
   * processing time.
   *
   * @param spec the spec it is generated from
   * @param file the source file
   */
  public void write(SpecModel spec, JavaFile file) {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    String text = file.toString();
    try {
      JavaFileObject source = filer.createSourceFile(name, spec.element());
      try (Writer writer = source.openWriter()) {
        writer.write(text);
      }
    } catch (IOException e) {
      diagnostics.error(Origin.of(spec.element()), Problem.WRITE_FAILED, name, e.getMessage());
    }
  }
}
