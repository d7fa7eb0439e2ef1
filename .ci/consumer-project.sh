#!/usr/bin/env bash
# Two users' projects outside this repository, built as the README tells users to add statespec,
# from one deploy of this build's artifacts.
#
#  1. Deploys this build's statespec artifacts (parent pom, annotations, runtime, processor, and
#     statespec-prefect from examples/prefect; the examples aggregator, examples/showcase and the
#     benchmarks set maven.deploy.skip) into a temporary file repository. Nothing is installed into
#     the local repository (~/.m2), so later builds see what they saw before; the deploy's notes
#     there about the temporary repository (its metadata and update times) are removed again.
#  2. Builds a copy of examples/consumer-project (com.example:tickets) with a new, empty local
#     repository, from Maven Central plus that temporary repository alone: statespec can come from
#     nowhere else. Its pom names statespec-runtime, statespec-prefect and, in
#     annotationProcessorPaths, statespec-processor. Its specs compile under -Xlint:all -Werror: one
#     of its own, and one that extends the Prefect spec read from the statespec-prefect jar. Its
#     tests use the classes generated from both.
#  3. Builds a copy of examples/modular-consumer (com.example:orders), a named module, with the same
#     settings and local repository (so the plugins step 2 downloaded are not downloaded again). Its
#     spec compiles under -Xlint:all,-requires-automatic -Werror with the module-info the README's
#     "Java modules" gives; `mvn verify` then runs its main class on the module path, which writes
#     states as JSON with Jackson and reads them back.
#  4. Checks that the statespec jars both used are the ones just deployed, and what they built.
#
# With --nullaway, step 2 also runs the consumer's nullaway profile: Error Prone and NullAway in
# JSpecify mode over its main compile, the generated classes included, under -Werror. NullAway's
# JSpecify mode needs JDK 22 or newer (it reads type-use annotations from class files), so CI
# passes it in the newest JDK's run only.
#
# Runs Maven in this tree (step 1): where others build in the same tree, hold the tree's build lock
# around the whole script. Prints one line per project at the end; exits non-zero on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROFILES=()
case "${1:-}" in
  --nullaway) PROFILES=(-Pnullaway) ;;
  "") ;;
  *) echo "usage: $0 [--nullaway]" >&2; exit 2 ;;
esac
TEMPLATE="$ROOT/examples/consumer-project"
MODULAR_TEMPLATE="$ROOT/examples/modular-consumer"
START=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/statespec-consumer.XXXXXX")"
STEP="setting up"

M2="$HOME/.m2/repository"
REPO_ID="statespec-consumer-check"

# The deploy caches the temporary repository's metadata in the local repository, under that
# repository's id; remove exactly those notes so that ~/.m2 is left as it was.
forget_temporary_repository() {
  [ -d "$M2/dev/statespec" ] || return 0
  find "$M2/dev/statespec" -name "maven-metadata-$REPO_ID.xml*" -type f -delete
  find "$M2/dev/statespec" -name resolver-status.properties -type f | while read -r status_file; do
    grep -v -F "$REPO_ID" "$status_file" >"$status_file.tmp" || true
    if grep -q -v '^#' "$status_file.tmp"; then
      mv "$status_file.tmp" "$status_file"
    else
      rm -f "$status_file.tmp" "$status_file"
    fi
  done
}

cleanup() {
  status=$?
  forget_temporary_repository || status=1
  if [ "$status" -ne 0 ]; then
    for log in "$WORK"/*.log; do
      [ -f "$log" ] || continue
      echo "---- last lines of $(basename "$log") ----" >&2
      tail -n 60 "$log" >&2
    done
    echo "consumer-project: FAILED while $STEP (exit $status)" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

fail() {
  echo "consumer-project: $*" >&2
  exit 1
}

# The version this tree builds: the <version> after the parent's own artifactId in the root pom.
VERSION="$(awk '/<artifactId>statespec-parent<\/artifactId>/ { found = 1; next }
  found && /<version>/ { sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit }' "$ROOT/pom.xml")"
[ -n "$VERSION" ] || fail "no version found in $ROOT/pom.xml"

REPO="$WORK/repo"
mkdir -p "$REPO"

STEP="deploying statespec $VERSION to a temporary repository"
# Tests are the main build's business (and the examples' tests need not compile to deploy).
(cd "$ROOT" && mvn -B -ntp deploy -Dmaven.test.skip=true -Dmaven.install.skip=true \
  -DaltDeploymentRepository="$REPO_ID::file://$REPO") >"$WORK/deploy.log" 2>&1
forget_temporary_repository

STEP="checking what was deployed"
deployed() { # newest deployed file of artifact $1 with extension $2 (snapshots are timestamped)
  ls -1 "$REPO/dev/statespec/$1/$VERSION/"*."$2" 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | sort | tail -n 1
}
JARS="statespec-annotations statespec-runtime statespec-processor statespec-prefect"
for artifact in statespec-parent $JARS; do
  [ -n "$(deployed "$artifact" pom)" ] || fail "$artifact $VERSION was not deployed"
done
for artifact in $JARS; do
  [ -n "$(deployed "$artifact" jar)" ] || fail "$artifact $VERSION has no jar"
  for classifier in sources javadoc; do
    ls -1 "$REPO/dev/statespec/$artifact/$VERSION/"*"-$classifier.jar" >/dev/null 2>&1 \
      || fail "$artifact $VERSION has no $classifier jar"
  done
done
for artifact in statespec-examples statespec-showcase statespec-benchmarks; do
  [ ! -e "$REPO/dev/statespec/$artifact" ] || fail "$artifact was deployed; it must not be"
done
PREFECT_JAR="$(deployed statespec-prefect jar)"
unzip -p "$PREFECT_JAR" META-INF/MANIFEST.MF | tr -d '\r' | grep -qx 'Automatic-Module-Name: dev.statespec.prefect' \
  || fail "the statespec-prefect jar does not name its module dev.statespec.prefect"
unzip -l "$PREFECT_JAR" dev/statespec/examples/prefect/PrefectSpec.class dev/statespec/examples/prefect/State.class \
  META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.schema.json >/dev/null \
  || fail "the statespec-prefect jar lacks the Prefect spec, its generated classes or its schema"
# statespec-annotations and statespec-runtime are explicit modules; the others name theirs in the manifest.
for artifact in statespec-annotations statespec-runtime; do
  unzip -l "$(deployed "$artifact" jar)" module-info.class >/dev/null || fail "the $artifact jar has no module-info.class"
done
PROCESSOR_JAR="$(deployed statespec-processor jar)"
[ "$(unzip -p "$PROCESSOR_JAR" META-INF/gradle/incremental.annotation.processors)" \
  = "dev.statespec.processor.StateSpecProcessor,isolating" ] \
  || fail "the processor jar does not declare StateSpecProcessor isolating for Gradle"
unzip -p "$PROCESSOR_JAR" META-INF/services/javax.annotation.processing.Processor \
  | grep -qx 'dev.statespec.processor.StateSpecProcessor' \
  || fail "the processor jar does not register StateSpecProcessor with javac"

STEP="building the consumer project"
cp -R "$TEMPLATE" "$WORK/consumer"
rm -rf "$WORK/consumer/target"
cat >"$WORK/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>statespec-under-test</id>
      <repositories>
        <repository>
          <id>$REPO_ID</id>
          <url>file://$REPO</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>true</enabled><updatePolicy>always</updatePolicy></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>statespec-under-test</activeProfile>
  </activeProfiles>
</settings>
EOF
LOCAL="$WORK/consumer-m2"
CONSUMER_START=$SECONDS
(cd "$WORK/consumer" && mvn -B -ntp -s "$WORK/settings.xml" -Dmaven.repo.local="$LOCAL" \
  -Dstatespec.version="$VERSION" "${PROFILES[@]}" verify) >"$WORK/consumer.log" 2>&1
CONSUMER_TIME=$((SECONDS - CONSUMER_START))

STEP="checking the consumer build"
TESTS="$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' \
  "$WORK/consumer.log" | tail -n 1 | sed -E 's/^\[[A-Z]+\] //')"
case "$TESTS" in
  "Tests run: 0,"* | "") fail "the consumer project ran no test" ;;
  *", Failures: 0, Errors: 0, "*) ;;
  *) fail "the consumer project's tests failed: $TESTS" ;;
esac
JAR="$WORK/consumer/target/tickets-1.0.0-SNAPSHOT.jar"
for entry in com/example/tickets/StateType.class com/example/tickets/State.class \
  com/example/tickets/StateDetails.class com/example/tickets/CountByState.class \
  com/example/tickets/States.class META-INF/statespec/com.example.tickets.TicketSpec.schema.json \
  com/example/runs/StateType.class com/example/runs/State.class com/example/runs/StateDetails.class \
  com/example/runs/CountByState.class com/example/runs/States.class \
  META-INF/statespec/com.example.runs.MyStates.schema.json; do
  unzip -l "$JAR" "$entry" >/dev/null || fail "the consumer's jar lacks $entry"
done

# JaCoCo's report counts the project's own code (its specs' rules) and no generated class: each
# carries the class-retention @StateSpecGenerated, which JaCoCo leaves out.
REPORT="$WORK/consumer/target/site/jacoco/jacoco.csv"
[ -f "$REPORT" ] || fail "the consumer build wrote no JaCoCo report"
grep -q ',com.example.tickets,TicketSpec,' "$REPORT" || fail "JaCoCo's report lacks the spec TicketSpec"
GENERATED_IN_REPORT="$(cut -d, -f3 "$REPORT" | grep -E '^(StateType|State|StateDetails|CountByState|States)(\.Builder)?$' || true)"
[ -z "$GENERATED_IN_REPORT" ] || fail "JaCoCo's report counts generated classes: $(echo $GENERATED_IN_REPORT)"

# statespec-prefect is compiled with -parameters: the extension's factories, generated from Prefect's
# rules read from its class files, keep the rules' parameter names (not arg0, arg1, ...).
grep -q 'public static State paused(@Nullable Duration timeout, @Nullable Instant expiration,$' \
  "$WORK/consumer/target/generated-sources/annotations/com/example/runs/States.java" \
  || fail "the extension's States.paused does not carry the Prefect rule's parameter names"


STEP="building the modular consumer project"
cp -R "$MODULAR_TEMPLATE" "$WORK/modular"
rm -rf "$WORK/modular/target"
MODULAR_START=$SECONDS
(cd "$WORK/modular" && mvn -B -ntp -s "$WORK/settings.xml" -Dmaven.repo.local="$LOCAL" \
  -Dstatespec.version="$VERSION" verify) >"$WORK/modular.log" 2>&1
MODULAR_TIME=$((SECONDS - MODULAR_START))

STEP="checking the modular consumer build"
# The application printed its line: it ran in its module, on the module path, and every check passed.
RAN="$(grep -E '^modular-consumer: OK: module com\.example\.orders ' "$WORK/modular.log" || true)"
[ -n "$RAN" ] || fail "the modular consumer's application did not run to its end"
MODULAR_JAR="$WORK/modular/target/orders-1.0.0-SNAPSHOT.jar"
for entry in module-info.class com/example/orders/State.class com/example/orders/States.class \
  META-INF/statespec/com.example.orders.OrderSpec.schema.json; do
  unzip -l "$MODULAR_JAR" "$entry" >/dev/null || fail "the modular consumer's jar lacks $entry"
done
# Its module does not read java.compiler: the generated classes carry @StateSpecGenerated, and no @Generated.
MODULAR_GENERATED="$WORK/modular/target/generated-sources/annotations/com/example/orders"
for class in StateType State StateDetails CountByState States; do
  grep -q '^@StateSpecGenerated$' "$MODULAR_GENERATED/$class.java" || fail "the modular $class has no @StateSpecGenerated"
  ! grep -q 'Generated(' "$MODULAR_GENERATED/$class.java" || fail "the modular $class carries @Generated"
done

STEP="checking the statespec jars both projects used"
# Every statespec jar the two builds resolved (into their shared local repository) is, byte for
# byte, the one just deployed.
for artifact in $JARS; do
  used="$LOCAL/dev/statespec/$artifact/$VERSION/$artifact-$VERSION.jar"
  [ -f "$used" ] || fail "the consumer builds did not resolve $artifact"
  cmp -s "$used" "$(deployed "$artifact" jar)" || fail "the consumers' $artifact is not the one deployed"
done

CHECKS="-Xlint:all -Werror"
if [ "${#PROFILES[@]}" -gt 0 ]; then
  # The profile put Error Prone and NullAway on the compiler's processor path.
  [ -d "$LOCAL/com/google/errorprone/error_prone_core" ] && [ -d "$LOCAL/com/uber/nullaway/nullaway" ] \
    || fail "the nullaway profile did not run: Error Prone and NullAway were not resolved"
  CHECKS="$CHECKS, Error Prone and NullAway (JSpecify mode)"
fi

echo "consumer-project: OK: com.example:tickets (a spec of its own, and one extending statespec-prefect's) built with statespec $VERSION from a temporary repository only ($CHECKS; $TESTS; JaCoCo counts no generated class) in $CONSUMER_TIME s"
echo "modular-consumer: OK: com.example:orders, module com.example.orders (-Xlint:all,-requires-automatic -Werror; no @Generated without java.compiler), built and run on the module path in $MODULAR_TIME s; deploy and both builds took $((SECONDS - START)) s"
