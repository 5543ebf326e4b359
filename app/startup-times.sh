#!/usr/bin/env bash
# Prints how long the editor takes to draw FILE, started as `java -jar` and as `./aegis` in turn, RUNS times
# each: the first frame of the file in ms since the JVM started, and the process's CPU time by then (the
# editor's -Daegis.startupTimes=exit). Needs a display (DISPLAY, for example Xvfb's) and the jar
# (`mvn -q package -DskipTests`). The first `./aegis` start makes the class-data archive; it is not counted.
#
#   DISPLAY=:99 app/startup-times.sh samples/global-retailer.json 6
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
file=${1:?usage: app/startup-times.sh FILE [RUNS]}
runs=${2:-5}
jar="$root/app/target/aegis-planner.jar"
# The JDK ./aegis runs, so the two differ only by the archive.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

first_frame() {
  grep -o 'first frame of [^,]*, [^;]*; [0-9]* ms of CPU' | sed -E 's/first frame of [^ ]* ([0-9]+ ms).*; ([0-9]+ ms) of CPU/\1, \2 CPU/'
}

JDK_JAVA_OPTIONS=-Daegis.startupTimes=exit "$root/aegis" "$file" >/dev/null 2>&1 || true
for ((i = 1; i <= runs; i++)); do
  load=$(cut -d ' ' -f 1 /proc/loadavg)
  plain=$("$java" -Daegis.startupTimes=exit -jar "$jar" "$file" 2>&1 | first_frame)
  archived=$(JDK_JAVA_OPTIONS=-Daegis.startupTimes=exit "$root/aegis" "$file" 2>&1 | first_frame)
  echo "load $load   java -jar: $plain   ./aegis: $archived"
done
