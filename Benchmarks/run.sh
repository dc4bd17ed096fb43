#!/usr/bin/env bash
# Engine speed: madoguchi against a C reference (Benchmarks/mm3.c), SimPy and Ciw on the same
# M/M/3 model at ρ = 0.9; the clinic model; instructions per customer and per patient counted
# by callgrind; peak memory at two sizes; the lab, whose SQLite writer is compared with SQLite
# driven from C (needs cc and libsqlite3-dev); the desk's rendering.
#
# The C reference is built twice: with exponentials by inversion (the reference issue 12 defines,
# which "vs C" means) and with the ziggurat madoguchi draws by (shown beside it, for honesty:
# the same sampler in plain C). The ziggurat run must give madoguchi's customers and mean wait
# to the last bit, or the script stops: the programs would not be doing the same work.
#
# usage: Benchmarks/run.sh [mm3|clinic|count|memory|lab|render|scenarios|refusals]    (default: every benchmark)
#   mm3     madoguchi, C by inversion and C by the ziggurat run alternately, one process each,
#           RUNS times, then SimPy and Ciw; medians and ratios
#   clinic  the full clinic model, median of RUNS runs
#   count   instructions per customer (madoguchi, C by inversion, C by the ziggurat) and per
#           patient, from callgrind at two sizes: the difference over the difference in
#           customers, so start-up cancels (needs valgrind; it runs on a stripped copy, as
#           valgrind cannot read Swift's debug info)
#   memory  peak memory of M/M/3 and the clinic at 1 M and 20 M customers
#   scenarios  every built-in scenario read 1,000 times (the TOML reader's speed); with
#           BASELINE_BENCH=path/to/madoguchi-bench of another commit, both alternately
#   refusals   hostile inputs refused: 10,000 unknown keys, 10 MB of hostile shapes
# Environment: RUNS (default 5), MADOGUCHI_CUSTOMERS (5000000), SIMPY_CUSTOMERS (300000),
# CIW_CUSTOMERS (150000), SCRATCH_PATH (SwiftPM's --scratch-path, default .build), BASELINE_BENCH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv"
runs="${RUNS:-5}"
which="${1:-all}"

case "$which" in
    all | mm3 | clinic | count | memory | lab | render | scenarios | refusals) ;;
    *) echo "run.sh: unknown benchmark '$which'; expected 'mm3', 'clinic', 'count', 'memory', 'lab', 'render', 'scenarios', 'refusals' or nothing for all" >&2; exit 2 ;;
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

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
reference="$scratch/mm3"
reference_ziggurat="$scratch/mm3-ziggurat"
cc -O2 -o "$reference" "$here/mm3.c" -lm
cc -O2 -DMM3_ZIGGURAT -o "$reference_ziggurat" "$here/mm3.c" -lm

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

machine() {
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
}

run_mm3() {
    local customers="${MADOGUCHI_CUSTOMERS:-5000000}" ours=() c=() cz=() out simpy ciw
    echo
    echo "== M/M/3, ρ = 0.9, $customers customers: madoguchi, C by inversion and C by the ziggurat alternately, $runs runs each =="
    for ((i = 1; i <= runs; i++)); do
        out="$("$bench" mm3 --customers "$customers" --runs 1)"
        printf '%s\n' "$out" | sed -n 's/^  run 1/  madoguchi   run '"$i"'/p'
        ours+=("$(field customers_per_sec <<<"$out")")
        local wait_ours served_ours peak
        wait_ours="$(field mean_wait <<<"$out")"
        served_ours="$(field served <<<"$out")"
        peak="$(field peak_rss_kib <<<"$out")"
        out="$("$reference" --customers "$customers" --runs 1)"
        printf '%s\n' "$out" | sed -n 's/^  run 1/  C inversion run '"$i"'/p'
        c+=("$(field customers_per_sec <<<"$out")")
        out="$("$reference_ziggurat" --customers "$customers" --runs 1)"
        printf '%s\n' "$out" | sed -n 's/^  run 1/  C ziggurat  run '"$i"'/p'
        cz+=("$(field customers_per_sec <<<"$out")")
        # The same seed must give the same customers and the same mean wait to the last bit:
        # otherwise the two programs do not simulate the same thing and the ratio means nothing.
        if ! awk -v a="$wait_ours" -v b="$(field mean_wait <<<"$out")" 'BEGIN { exit !(sprintf("%.17g", a) == sprintf("%.17g", b)) }' ||
            [[ "$served_ours" != "$(field served <<<"$out")" ]]; then
            echo "run.sh: madoguchi and the C reference by the ziggurat disagree (served $served_ours, mean wait $wait_ours; C: served $(field served <<<"$out"), mean wait $(field mean_wait <<<"$out"))" >&2
            exit 1
        fi
    done
    simpy="$("$venv/bin/python" "$here/mm3_simpy.py" --customers "${SIMPY_CUSTOMERS:-300000}" --runs "$runs")"
    ciw="$("$venv/bin/python" "$here/mm3_ciw.py" --customers "${CIW_CUSTOMERS:-150000}" --runs "$runs")"
    printf '%s\n' "$simpy" "$ciw"

    local m cm czm s w
    m="$(printf '%s\n' "${ours[@]}" | median)"
    cm="$(printf '%s\n' "${c[@]}" | median)"
    czm="$(printf '%s\n' "${cz[@]}" | median)"
    s="$(field customers_per_sec <<<"$simpy")"
    w="$(field customers_per_sec <<<"$ciw")"
    echo
    machine
    awk -v m="$m" -v c="$cm" -v z="$czm" -v s="$s" -v w="$w" -v peak="$peak" 'BEGIN {
        printf "%-18s %16s %10s %10s %10s %10s\n", "engine", "customers/s", "vs C", "vs C zig", "vs SimPy", "vs Ciw"
        printf "%-18s %16d %9.3fx %9.3fx %9.1fx %9.1fx\n", "madoguchi", m, m / c, m / z, m / s, m / w
        printf "%-18s %16d %9.3fx %9.3fx %9.1fx %9.1fx\n", "C inversion -O2", c, 1, c / z, c / s, c / w
        printf "%-18s %16d %9.3fx %9.3fx %9.1fx %9.1fx\n", "C ziggurat -O2", z, z / c, 1, z / s, z / w
        printf "%-18s %16d %9.3fx %9.3fx %9.1fx %9.1fx\n", "SimPy", s, s / c, s / z, 1, s / w
        printf "%-18s %16d %9.3fx %9.3fx %9.1fx %9.1fx\n", "Ciw", w, w / c, w / z, w / s, 1
        printf "madoguchi peak memory: %.1f MiB (VmHWM)\n", peak / 1024
        printf "mm3 madoguchi=%d c_inversion=%d c_ziggurat=%d ratio=%.3f ratio_ziggurat=%.3f\n", m, c, z, m / c, m / z
    }'
}

run_clinic() {
    local out
    echo
    echo "== The full clinic model (every path and fault), median of $runs runs =="
    out="$("$bench" clinic --patients 2000000 --runs "$runs")"
    printf '%s\n' "$out"
    echo
    machine
    echo "clinic: $(field patients_per_sec <<<"$out") patients/s (median)"
}

# Instructions callgrind counts for a command run with N=$2 and N=$3 (appended as the last
# argument), per unit of the field $1 of its last line: the difference over the difference.
count_per() {
    local unit="$1" small="$2" large="$3" ir=() units=() n
    shift 3
    for n in "$small" "$large"; do
        valgrind --tool=callgrind --callgrind-out-file="$scratch/callgrind.out" "$@" "$n" >"$scratch/stdout" 2>/dev/null
        ir+=("$(sed -n 's/^totals: //p' "$scratch/callgrind.out")")
        units+=("$(field "$unit" <"$scratch/stdout")")
    done
    awk -v i0="${ir[0]}" -v i1="${ir[1]}" -v u0="${units[0]}" -v u1="${units[1]}" 'BEGIN { printf "%.0f", (i1 - i0) / (u1 - u0) }'
}

run_count() {
    if ! command -v valgrind >/dev/null; then
        echo "run.sh: count needs valgrind (apt-get install valgrind)" >&2
        [[ "$which" == count ]] && exit 2
        return
    fi
    echo
    echo "== Instructions (callgrind), the difference between two sizes =="
    cp "$bench" "$scratch/bench"
    strip "$scratch/bench"
    local ours c cz clinic
    ours="$(count_per served 200000 1000000 "$scratch/bench" mm3 --runs 1 --customers)"
    c="$(count_per served 200000 1000000 "$reference" --runs 1 --customers)"
    cz="$(count_per served 200000 1000000 "$reference_ziggurat" --runs 1 --customers)"
    clinic="$(count_per arrived 100000 300000 "$scratch/bench" clinic --runs 1 --patients)"
    machine
    awk -v m="$ours" -v c="$c" -v z="$cz" -v k="$clinic" 'BEGIN {
        printf "M/M/3, instructions per customer: madoguchi %d, C by inversion %d (%.2fx), C by the ziggurat %d (%.2fx)\n", m, c, m / c, z, m / z
        printf "clinic, instructions per patient: %d\n", k
        printf "count mm3_madoguchi=%d mm3_c=%d mm3_c_ziggurat=%d ratio=%.3f ratio_ziggurat=%.3f clinic=%d\n", m, c, z, m / c, m / z, k
    }'
}

run_memory() {
    echo
    echo "== Peak memory (VmHWM) at 1 M and 20 M, nothing recorded =="
    local m1 m20 k1 k20
    m1="$("$bench" mm3 --runs 1 --customers 1000000 | field peak_rss_kib)"
    m20="$("$bench" mm3 --runs 1 --customers 20000000 | field peak_rss_kib)"
    k1="$("$bench" clinic --runs 1 --patients 1000000 | field peak_rss_kib)"
    k20="$("$bench" clinic --runs 1 --patients 20000000 | field peak_rss_kib)"
    awk -v m1="$m1" -v m20="$m20" -v k1="$k1" -v k20="$k20" 'BEGIN {
        printf "M/M/3:  %.1f MiB at 1 M customers, %.1f MiB at 20 M (%+.1f%%)\n", m1 / 1024, m20 / 1024, 100 * (m20 / m1 - 1)
        printf "clinic: %.1f MiB at 1 M patients, %.1f MiB at 20 M (%+.1f%%)\n", k1 / 1024, k20 / 1024, 100 * (k20 / k1 - 1)
    }'
}

run_lab() {
    local lab peer
    echo
    echo "== The lab: 1,000 monday-rush replications, unrecorded and recorded, median of $runs runs =="
    lab="$("$bench" lab --runs "$runs")"
    printf '%s\n' "$lab"
    # The peer: SQLite's own speed from C on rows of the same shape, as many as the run has.
    cc -O2 -o "$scratch/sqlite_insert" "$here/sqlite_insert.c" -lsqlite3
    peer="$("$scratch/sqlite_insert" --rows "$(field patients <<<"$lab")" --per-transaction 175 \
        --runs "$runs" --file "$scratch/peer.sqlite")"
    printf '%s\n' "$peer"
    awk -v ours="$(field inserts_per_sec <<<"$lab")" -v c="$(field rows_per_sec <<<"$peer")" \
        -v plain="$(field unrecorded_sec <<<"$lab")" -v rows="$(field patients <<<"$lab")" 'BEGIN {
        printf "madoguchi writes %.0f%% as many rows/s as C; C alone would need %.3f s = %.2fx the unrecorded run\n",
            100 * ours / c, rows / c, rows / c / plain
    }'
}

run_scenarios() {
    echo
    if [[ -z "${BASELINE_BENCH:-}" ]]; then
        echo "== Reading scenarios: every built-in scenario loaded 1,000 times, median of $runs runs =="
        "$bench" scenarios --runs "$runs"
        return
    fi
    # Against a madoguchi-bench built from another commit (3e52f95 is the last with TOMLKit's
    # toml++ reader), one process each, alternately, so load on the machine hits both alike.
    echo "== Reading scenarios: every built-in scenario loaded 1,000 times; this build and $BASELINE_BENCH alternately, $runs runs each =="
    local ours=() theirs=() out
    for ((i = 1; i <= runs; i++)); do
        out="$("$bench" scenarios --runs 1 | tail -n 1)"
        echo "  this build run $i: $out"
        ours+=("$(field seconds_median <<<"$out")")
        out="$("$BASELINE_BENCH" scenarios --runs 1 | tail -n 1)"
        echo "  baseline   run $i: $out"
        theirs+=("$(field seconds_median <<<"$out")")
    done
    local a b
    a="$(printf '%s\n' "${ours[@]}" | median)"
    b="$(printf '%s\n' "${theirs[@]}" | median)"
    echo "scenarios seconds_median=$a baseline_seconds_median=$b baseline_over_this=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')"
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
    all) run_mm3; run_clinic; run_count; run_memory; run_lab; run_render; run_scenarios; run_refusals ;;
    render) run_render ;;
    scenarios) run_scenarios ;;
    refusals) run_refusals ;;
    mm3) run_mm3 ;;
    clinic) run_clinic ;;
    count) run_count ;;
    memory) run_memory ;;
    lab) run_lab ;;
esac
