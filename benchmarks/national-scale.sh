#!/usr/bin/env bash
# The national-scale benchmark (issue 15): builds the harness, generates the synthetic dataset of the
# 98 municipalities for ROWS rows (once; kept for the next run), runs every engine in a fresh JVM and
# prints one Markdown table row per engine. See benchmarks/README.md ("National scale").
#
#   benchmarks/national-scale.sh ROWS [ENGINE ...]
#
# Environment: DATA (default /tmp/datainformed-national; the dataset goes to DATA/rows-ROWS/, about
# 8 bytes a row), HEAP (each JVM's -Xmx, default 8g), BUILD=0 to skip the build, and MAVEN_ARGS
# for the build (e.g. -o when offline). Every JVM's log is DATA/logs/ENGINE-ROWS.log; the rows are
# also appended to DATA/results.md. A failing engine gets a FAILED row and the script exits 1 at the end.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 ROWS [ENGINE ...]   (engines: ours-duckdb-view hand-duckdb-view ours-duckdb-table" \
    "hand-duckdb-table ours-spark hand-spark)" >&2
  exit 2
fi
rows=$1
shift
engines=("$@")
if [[ ${#engines[@]} -eq 0 ]]; then
  engines=(ours-duckdb-view hand-duckdb-view ours-duckdb-table hand-duckdb-table ours-spark hand-spark)
fi
data=${DATA:-/tmp/datainformed-national}
heap=${HEAP:-8g}
root=$(cd "$(dirname "$0")/.." && pwd)
start=$SECONDS

cd "$root"
if [[ ${BUILD:-1} != 0 ]]; then
  # -am: the class path then names this tree's own module jars, not whatever is in ~/.m2.
  # shellcheck disable=SC2086
  nice ./mvnw -B -q ${MAVEN_ARGS:-} -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip -Djacoco.skip
fi
classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/national-scale/classpath")"
read -r -a jvm_options <<< "$(tr '\n' ' ' < "$root/benchmarks/target/national-scale/jvm.options")"
java=(nice java -Xmx"$heap" "${jvm_options[@]}" -cp "$classpath" dk.datainformed.benchmarks.NationalScale)

dir="$data/rows-$rows"
mkdir -p "$data/logs"
if [[ ! -f $dir/absence.parquet ]]; then
  free=$(df --output=avail -B1 "$data" | tail -1)
  if (( free < rows * 30 )); then
    echo "not enough free space in $data for $rows rows: $((free / 1000000)) MB free" >&2
    exit 1
  fi
  if ! "${java[@]}" generate "$dir" "$rows" > "$data/logs/generate-$rows.log" 2>&1; then
    cat "$data/logs/generate-$rows.log" >&2
    exit 1
  fi
  cat "$data/logs/generate-$rows.log"
fi

header='| engine | rows | set-up s | best s | median s | peak RSS MiB: set-up / runs | peak heap MiB: set-up / runs | live heap MiB | values |'
rule='| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
printf '%s\n%s\n' "$header" "$rule"
[[ -f $data/results.md ]] || printf '%s\n%s\n' "$header" "$rule" > "$data/results.md"
failed=0
for engine in "${engines[@]}"; do
  log="$data/logs/$engine-$rows.log"
  if row=$("${java[@]}" run "$engine" "$dir" "$rows" 2> "$log"); then
    echo "$row" | tee -a "$data/results.md"
  else
    code=$?
    failed=1
    echo "| $engine | $rows | FAILED (exit $code, $log): $(grep -m1 -E 'Exception|Error' "$log" | cut -c1-160) |" \
      | tee -a "$data/results.md"
  fi
done
echo "($rows rows: $((SECONDS - start)) s end to end, generation and build included; -Xmx$heap)"
exit $failed
