#!/usr/bin/env bash
# Builds the JMH jar (profile bench), runs the agreement test first, then every benchmark with the GC
# profiler in one run, and prints a Markdown table of throughput and bytes/op as ratios to the
# hand-written records of the same run.
#
#   bash benchmarks/run.sh                 # every benchmark, two forks each, ~10 minutes on 2 cores
#   bash benchmarks/run.sh OrmDict         # a regex of benchmarks (JMH's include pattern)
#   JMH_OPTS="-f 2 -wi 5 -w 2s -i 10 -r 2s" bash benchmarks/run.sh   # longer, steadier
#
# Results: benchmarks/target/jmh-result.json (JMH's), benchmarks/target/jmh-report.md (the table).
set -euo pipefail
cd "$(dirname "$0")/.."

# The agreement test runs here: nothing is measured unless the three variants do the same work.
mvn -B -q -Dstyle.color=never -Pbench -pl benchmarks -am package \
  -Dtest=AgreementTest -Dsurefire.failIfNoSpecifiedTests=false

JAR=benchmarks/target/benchmarks.jar
OPTS=${JMH_OPTS:--f 2 -wi 3 -w 1s -i 5 -r 1s}
# shellcheck disable=SC2086
java -jar "$JAR" $OPTS -prof gc -rf json -rff benchmarks/target/jmh-result.json \
  "dev.statespec.benchmarks.(${1:-.*})Benchmark"
java -cp "$JAR" dev.statespec.benchmarks.Report benchmarks/target/jmh-result.json | tee benchmarks/target/jmh-report.md
