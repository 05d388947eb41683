#!/usr/bin/env bash
# Dry run of a release: builds with the release profile (signing skipped) and checks that every
# published module has its jar, sources jar and javadoc jar, and an effective POM with what Maven
# Central requires (name, description, url, licenses, developers, scm). Publishes nothing.
# Usage: scripts/check-release.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -P release -Dgpg.skip -DskipTests verify

failures=0
published=0
for pom in $(find . -path ./.git -prune -o -name pom.xml -print | sort); do
  dir=$(dirname "$pom")
  [ -f "$dir/src/main/java/module-info.java" ] || continue   # published jar modules have a module-info
  published=$((published + 1))
  artifact=$(sed -n 's:.*<artifactId>\(datainformed-[^<]*\)</artifactId>.*:\1:p' "$pom" | sed -n 2p)
  for classifier in "" "-sources" "-javadoc"; do
    jar="$dir/target/$artifact-0.1.0-SNAPSHOT$classifier.jar"
    if [ ! -f "$jar" ]; then
      echo "missing: $jar"; failures=$((failures + 1))
    fi
  done
  effective=$(mktemp)
  ./mvnw -q -B -f "$pom" help:effective-pom -Doutput="$effective" >/dev/null
  for element in name description url licenses developers scm; do
    if ! grep -q -E "<$element( [^>]*)?>" "$effective"; then
      echo "$artifact: the effective POM has no <$element>"; failures=$((failures + 1))
    fi
  done
  rm -f "$effective"
done

if [ "$published" -eq 0 ]; then
  echo "no published modules found" >&2; exit 1
fi
if [ "$failures" -gt 0 ]; then
  echo "release check failed: $failures problem(s)" >&2; exit 1
fi
echo "release check passed: $published published modules with jar, sources, javadoc and a complete POM"
