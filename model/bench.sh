#!/bin/sh
# Runs the forwarding engine's JMH benchmarks (model/src/test/java/dev/aegisplanner/model/bench).
#   model/bench.sh                      # JMH defaults: long, for numbers to publish
#   model/bench.sh -f 1 -wi 3 -i 5      # quick: one fork, 3 warm-up and 5 measured iterations
#   model/bench.sh -f 1 -wi 3 -i 5 -p topology=large TraceBenchmark.trace
#   model/bench.sh -f 1 -wi 2 -i 3 CoverageBenchmark
# Arguments go to org.openjdk.jmh.Main; without a benchmark pattern, all of TraceBenchmark runs.
set -e
cd "$(dirname "$0")"
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
case " $* " in
  *Benchmark*) pattern="" ;;
  *) pattern="TraceBenchmark" ;;
esac
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main $pattern "$@"
