package dev.statespec.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The members a generator adds to a value class beside the ones {@link ValueClassWriter} emits for
 * every value class, each in its place of the one member order: constants; then readers after
 * {@code fromMap} and {@code validateList}; queries after the accessors; copies after {@code
 * resetFields}; maps after {@code toMap}; builder methods before {@code Builder.build()}.
 */
final class OwnMembers {

  final List<FieldSpec> constants = new ArrayList<>();
  final List<MethodSpec> readers = new ArrayList<>();
  final List<MethodSpec> queries = new ArrayList<>();
  final List<MethodSpec> copies = new ArrayList<>();
  final List<MethodSpec> maps = new ArrayList<>();
  final List<MethodSpec> builderMethods = new ArrayList<>();
}
