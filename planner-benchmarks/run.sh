#!/usr/bin/env bash
# Builds and runs the JMH benchmarks on the module's class path (the database benchmarks start a
# Spring context, which a shaded jar would break). Arguments go to JMH, e.g.
#   planner-benchmarks/run.sh -f 1 -wi 3 -i 5 -bm sample -tu us BalanceEvaluation
# Needs a JDK >= 21 as JAVA_HOME and, for the database benchmarks, what the tests need
# (TEST_JDBC_URL, a Docker engine, or PostgreSQL server binaries).
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the project's own modules resolve to their freshly built jars.
./mvnw -B -q -Pbenchmarks -pl planner-benchmarks -am package dependency:build-classpath -DskipTests \
    -Dspotless.check.skip -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec "${JAVA_HOME:-/usr}/bin/java" -cp "planner-benchmarks/target/classes:$(cat planner-benchmarks/target/classpath.txt)" \
    org.openjdk.jmh.Main "$@"
