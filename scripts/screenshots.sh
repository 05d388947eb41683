#!/usr/bin/env bash
# Renders every example page on its embedded data and takes a screenshot of each with headless
# Chromium (Debian's package: apt-get install chromium), into docs/screenshots/. Run it after a
# change to the pages or the charts, look at the pictures, and commit them with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
quiet=(-q -DskipTests -Dmaven.javadoc.skip -Djacoco.skip)
./mvnw "${quiet[@]}" -pl examples/sick-leave-cockpit -am package -Prun-cockpit
./mvnw "${quiet[@]}" -pl examples/school-wellbeing -am package -Prun-school-wellbeing
./mvnw "${quiet[@]}" -pl examples/statbank-population -am package -Prun-statbank-population
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shot() { # shot <page> <picture> <height>
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --user-data-dir="$profile" \
    --window-size=1280,"$3" --screenshot="$PWD/$out/$2" "file://$PWD/$1" 2>/dev/null
}
shot examples/sick-leave-cockpit/target/cockpit/cockpit.html sick-leave-cockpit.png 2200
shot examples/sick-leave-cockpit/target/cockpit/units.html sick-leave-units.png 1200
shot examples/school-wellbeing/target/school-wellbeing/index.html school-wellbeing.png 2200
shot examples/school-wellbeing/target/school-wellbeing/rangliste.html school-league-table-and-funnel.png 2000
shot examples/statbank-population/target/statbank-population/index.html statbank-population.png 2200
ls -l "$out"
