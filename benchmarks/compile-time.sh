#!/usr/bin/env bash
# The processor's compile-time cost: compiling the Prefect spec with statespec's processor against
# compiling the sources it generates (plus the spec) with -proc:none, as a ratio of medians.
#
#   bash benchmarks/compile-time.sh            # 15 cold runs of each, then 15 warm rounds in one JVM
#   RUNS=30 WARM_RUNS=30 bash benchmarks/compile-time.sh
#
# cold: a new javac process per compile (what a CI build pays); warm: javax.tools in one JVM after
# warm-up (what a build daemon pays). Runs alternate (a) and (b), so machine noise hits both alike.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-15}
WARM_RUNS=${WARM_RUNS:-15}
DEP=org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Build the jars, and read the two class paths from Maven.
mvn -B -q -Dstyle.color=never -pl processor -am package -DskipTests
mvn -B -q -Dstyle.color=never -pl processor "$DEP" -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/processor.cp"
mvn -B -q -Dstyle.color=never -pl runtime "$DEP" -Dmdep.includeScope=compile -Dmdep.outputFile="$WORK/runtime.cp"
VERSION=0.1.0-SNAPSHOT
PROC_CP="processor/target/statespec-processor-$VERSION.jar:$(cat "$WORK/processor.cp")"
CP="runtime/target/statespec-runtime-$VERSION.jar:$(cat "$WORK/runtime.cp")"
SPEC=examples/prefect/src/main/java/dev/statespec/examples/prefect/PrefectSpec.java
COMMON=(--release 17 -Xlint:all -cp "$CP")

# (a) once to get the generated sources that (b) compiles.
mkdir -p "$WORK/gen" "$WORK/classes"
javac "${COMMON[@]}" -processorpath "$PROC_CP" -d "$WORK/classes" -s "$WORK/gen" "$SPEC"
mapfile -t GENERATED < <(find "$WORK/gen" -name '*.java' | sort)
echo "generated: ${#GENERATED[@]} sources, $(cat "${GENERATED[@]}" | wc -l) lines"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
: > "$WORK/a.txt"; : > "$WORK/b.txt"
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/oa" "$WORK/ob"; mkdir -p "$WORK/oa" "$WORK/ob"
  t=$(date +%s%N)
  javac "${COMMON[@]}" -processorpath "$PROC_CP" -d "$WORK/oa" -s "$WORK/oa" "$SPEC"
  ms "$t" >> "$WORK/a.txt"
  t=$(date +%s%N)
  javac "${COMMON[@]}" -proc:none -d "$WORK/ob" "$SPEC" "${GENERATED[@]}"
  ms "$t" >> "$WORK/b.txt"
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
A=$(median "$WORK/a.txt"); B=$(median "$WORK/b.txt")
echo "cold (javac process per compile, $RUNS runs each): processor $A ms, -proc:none $B ms, ratio $(awk "BEGIN {printf \"%.2f\", $A/$B}")x"
echo "  processor runs: $(sort -n "$WORK/a.txt" | tr '\n' ' ')"
echo "  -proc:none runs: $(sort -n "$WORK/b.txt" | tr '\n' ' ')"

java -cp "$PROC_CP:$CP" benchmarks/compile/CompileTimeWarm.java "$CP" "$SPEC" "$WORK/gen" "$WARMUP" "$WARM_RUNS"
