#!/usr/bin/env bash
# Engine speed: madoguchi against SimPy and Ciw on the same M/M/3 model at ρ = 0.9; the
# clinic model; the lab, whose SQLite writer is compared with SQLite driven from C
# (needs cc and libsqlite3-dev); the desk's rendering.
#
# usage: Benchmarks/run.sh [mm3|clinic|lab|render|scenarios|refusals]    (default: every benchmark)
# Environment: RUNS (default 5), MADOGUCHI_CUSTOMERS (5000000), SIMPY_CUSTOMERS (300000),
# CIW_CUSTOMERS (150000), SCRATCH_PATH (SwiftPM's --scratch-path, default .build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv"
runs="${RUNS:-5}"
which="${1:-all}"

case "$which" in
    all | mm3 | clinic | lab | render | scenarios | refusals) ;;
    *) echo "run.sh: unknown benchmark '$which'; expected 'mm3', 'clinic', 'lab', 'render', 'scenarios', 'refusals' or nothing for all" >&2; exit 2 ;;
esac

if [[ ( "$which" == all || "$which" == mm3 ) && ! -x "$venv/bin/python" ]]; then
    echo "Creating $venv with simpy and ciw…"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet simpy==4.1.2 ciw==3.2.7
fi

build=(swift build -c release --product madoguchi-bench --scratch-path "${SCRATCH_PATH:-$root/.build}")
echo "Building madoguchi-bench (release)…"
(cd "$root" && "${build[@]}" >/dev/null)
bench="$(cd "$root" && "${build[@]}" --show-bin-path)/madoguchi-bench"

# The value of key=… on the machine-readable line a benchmark prints last.
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" | tail -n 1; }

run_mm3() {
    local madoguchi simpy ciw
    echo
    echo "== M/M/3, ρ = 0.9, median of $runs runs =="
    madoguchi="$("$bench" mm3 --customers "${MADOGUCHI_CUSTOMERS:-5000000}" --runs "$runs")"
    simpy="$("$venv/bin/python" "$here/mm3_simpy.py" --customers "${SIMPY_CUSTOMERS:-300000}" --runs "$runs")"
    ciw="$("$venv/bin/python" "$here/mm3_ciw.py" --customers "${CIW_CUSTOMERS:-150000}" --runs "$runs")"
    printf '%s\n' "$madoguchi" "$simpy" "$ciw"

    local m s c peak
    m="$(field customers_per_sec <<<"$madoguchi")"
    s="$(field customers_per_sec <<<"$simpy")"
    c="$(field customers_per_sec <<<"$ciw")"
    peak="$(field peak_rss_kib <<<"$madoguchi")"
    echo
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    awk -v m="$m" -v s="$s" -v c="$c" -v peak="$peak" 'BEGIN {
        printf "%-10s %16s %10s %10s\n", "engine", "customers/s", "vs SimPy", "vs Ciw"
        printf "%-10s %16d %9.1fx %9.1fx\n", "madoguchi", m, m / s, m / c
        printf "%-10s %16d %9.1fx %9.1fx\n", "SimPy", s, 1, s / c
        printf "%-10s %16d %9.1fx %9.1fx\n", "Ciw", c, c / s, 1
        printf "madoguchi peak memory: %.1f MiB (VmHWM)\n", peak / 1024
    }'
}

run_clinic() {
    echo
    echo "== The full clinic model (every path and fault), median of $runs runs =="
    local small large
    small="$("$bench" clinic --patients 1000000 --runs "$runs")"
    large="$("$bench" clinic --patients 4000000 --runs 1)"
    printf '%s\n' "$small" "$large"
    echo
    echo "clinic: $(field patients_per_sec <<<"$small") patients/s (median); peak memory $(field peak_rss_kib <<<"$small") KiB at 1 M patients, $(field peak_rss_kib <<<"$large") KiB at 4 M"
}

run_lab() {
    local lab peer scratch
    echo
    echo "== The lab: 1,000 monday-rush replications, unrecorded and recorded, median of $runs runs =="
    lab="$("$bench" lab --runs "$runs")"
    printf '%s\n' "$lab"
    # The peer: SQLite's own speed from C on rows of the same shape, as many as the run has.
    scratch="$(mktemp -d)"
    cc -O2 -o "$scratch/sqlite_insert" "$here/sqlite_insert.c" -lsqlite3
    peer="$("$scratch/sqlite_insert" --rows "$(field patients <<<"$lab")" --per-transaction 175 \
        --runs "$runs" --file "$scratch/peer.sqlite")"
    rm -rf "$scratch"
    printf '%s\n' "$peer"
    awk -v ours="$(field inserts_per_sec <<<"$lab")" -v c="$(field rows_per_sec <<<"$peer")" \
        -v plain="$(field unrecorded_sec <<<"$lab")" -v rows="$(field patients <<<"$lab")" 'BEGIN {
        printf "madoguchi writes %.0f%% as many rows/s as C; C alone would need %.3f s = %.2fx the unrecorded run\n",
            100 * ours / c, rows / c, rows / c / plain
    }'
}

run_scenarios() {
    echo
    echo "== Reading scenarios: every built-in scenario loaded 1,000 times, median of $runs runs =="
    "$bench" scenarios --runs "$runs"
}

run_refusals() {
    echo
    echo "== Refusing hostile files: 10,000 unknown keys, 10 MB of each shape, median of $runs runs =="
    "$bench" refusals --runs "$runs"
}

run_render() {
    echo
    echo "== The desk: one 200×60 frame rendered into the cell buffer =="
    "$bench" render
}

case "$which" in
    all) run_mm3; run_clinic; run_lab; run_render; run_scenarios; run_refusals ;;
    render) run_render ;;
    scenarios) run_scenarios ;;
    refusals) run_refusals ;;
    mm3) run_mm3 ;;
    clinic) run_clinic ;;
    lab) run_lab ;;
esac
