package dev.statespec.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.statespec.processor.util.Names;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * How generated {@code toMap()} and {@code ormDict()} build their maps: a runtime {@code FieldMap}
 * over one key array per class and a fresh value array, rather than an entry per field.
 */
final class FieldMaps {

  private FieldMaps() {}

  // private static final String[] JSON_NAMES = {"order_id", "ticket_id", ...};
  static FieldSpec keys(String constant, List<String> keys) {
    CodeBlock names = keys.stream().map(key -> CodeBlock.of("$S", key)).collect(CodeBlock.joining(",$W"));
    return FieldSpec.builder(ArrayTypeName.of(ClassName.get(String.class)), constant, Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", names)
        .build();
  }

  // new FieldMap(JSON_NAMES, new Object[] {orderId, ticketId, ...})
  static CodeBlock newMap(FieldSpec keys, List<CodeBlock> values) {
    return CodeBlock.of("new $T($N, new $T[] {$L})", Names.FIELD_MAP, keys, Object.class,
        CodeBlock.join(values, ",$W"));
  }
}
