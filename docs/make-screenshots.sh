#!/usr/bin/env bash
# Makes the README's pictures with the command line's own export (`aegis export --format png`), so they
# always show what the current build draws: the demo topology, then one scenario's path per interesting
# tier, and a forward the backbone carries through other locations. Run it from anywhere after changing the drawing, and commit docs/images/.
#
#   docs/make-screenshots.sh            builds the launcher if it is missing
#   docs/make-screenshots.sh --build    builds it again first
#
# MVN_FLAGS passes options to Maven, e.g. MVN_FLAGS=-o to build offline.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/app/target/aegis-planner.jar"
sample="$root/samples/global-retailer.json"
out="$root/docs/images"
# Wide enough for the canvas's full level of detail (server names, origin labels) on the demo topology.
width=2640

if [[ "${1:-}" == "--build" || ! -f "$jar" ]]; then
    (cd "$root" && mvn -q ${MVN_FLAGS:-} -pl app -am package -DskipTests)
fi
mkdir -p "$out"

picture() {
    local name="$1"
    shift
    java -jar "$jar" export "${from:-$sample}" --format png --width "$width" "$@" -o "$out/$name.png"
    echo "docs/images/$name.png"
}

picture global-retailer
picture path-same-data-center --scenario shop-lhr
picture path-other-location --scenario pay-sin
picture path-no-egress --scenario outlet-down
picture path-other-location-dark --scenario pay-sin --theme dark
from="$root/samples/across-the-ocean.json" picture path-backbone-route --scenario fra-crosses
