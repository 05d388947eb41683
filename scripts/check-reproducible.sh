#!/usr/bin/env bash
# Builds the project twice from clean and checks that every jar is byte-identical.
# Usage: scripts/check-reproducible.sh   (from the repository root; tests are skipped, they do not change jars)
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  ./mvnw -q -B clean package -DskipTests -Djacoco.skip=true >/dev/null
  find . -path ./.git -prune -o -path '*/target/*.jar' -print | sort | while read -r jar; do
    printf '%s  %s\n' "$(sha256sum "$jar" | cut -d' ' -f1)" "$jar"
  done
}

first=$(mktemp)
second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT

build >"$first"
sleep 2   # a later wall-clock time must not leak into the jars
build >"$second"

count=$(wc -l <"$first")
if [ "$count" -eq 0 ]; then
  echo "no jars were built: nothing to compare" >&2
  exit 1
fi
if diff -u "$first" "$second"; then
  echo "reproducible: $count jars byte-identical across two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
