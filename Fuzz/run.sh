#!/usr/bin/env bash
# Coverage-guided fuzzing of one loader with libFuzzer, release build with AddressSanitizer
# (and LeakSanitizer).
#
# usage: Fuzz/run.sh TARGET [SECONDS]     TARGET: scenario, lesson, theme, override or recording
#
# Builds the library modules instrumented (-sanitize=fuzzer,address) under .build-fuzz/,
# links Fuzz/Harnesses/<Target>Harness.swift against them, seeds a corpus from the files
# the tool ships (Scenarios/, its Lessons/, Themes/, the TOML conformance set, recordings made by
# `madoguchi run --record`) plus every input already in Fuzz/Regressions/TARGET, and runs for
# SECONDS (default 600). A crash, leak or hang is written into Fuzz/Regressions/TARGET/,
# which `swift test` replays (FuzzRegressionTests). The working corpus is kept in
# .build-fuzz/corpus/TARGET between runs. Prints the executions libFuzzer reports.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-}"
seconds="${2:-600}"
case "$target" in
    scenario | lesson | theme | override | recording) ;;
    *) echo "usage: Fuzz/run.sh scenario|lesson|theme|override|recording [SECONDS]" >&2; exit 2 ;;
esac
scratch="$root/.build-fuzz"
harness="$(tr '[:lower:]' '[:upper:]' <<< "${target:0:1}")${target:1}Harness"

# The library modules, compiled with coverage for libFuzzer and with AddressSanitizer.
echo "Building the instrumented modules…"
build=(swift build -c release --scratch-path "$scratch" --target MadoguchiFuzzTargets
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -g)
(cd "$root" && "${build[@]}" 2>&1 | grep -E 'error|warning: unre' || true)
release="$(cd "$root" && "${build[@]}" --show-bin-path)"
[ -d "$release/MadoguchiFuzzTargets.build" ] || { echo "run.sh: the instrumented build failed" >&2; exit 1; }

# Their objects, but not those of the programs, the tests and the terminal (not loaded).
mapfile -t objects < <(find "$release/" -path '*.build/*.o' \
    ! -path '*/madoguchi.build/*' ! -path '*/madoguchi_bench.build/*' ! -path '*Tests.build/*' \
    ! -path '*-tool.build/*' ! -path '*/MadoguchiTerminal.build/*' ! -path '*/MadoguchiTestSupport.build/*' | sort)
# The C modules the Swift ones import: the numerics shims and SQLite (for GRDB).
map_flags=(-Xcc "-fmodule-map-file=$scratch/checkouts/swift-numerics/Sources/_NumericsShims/include/module.modulemap"
           -Xcc "-fmodule-map-file=$scratch/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap")

echo "Linking $harness…"
rm -f "$scratch/fuzz-$target"
swiftc -O -g -sanitize=fuzzer,address -parse-as-library \
    -I "$release/Modules" "${map_flags[@]}" \
    "$root/Fuzz/Harnesses/$harness.swift" "${objects[@]}" -lsqlite3 \
    -o "$scratch/fuzz-$target" 2>&1 | grep -v 'Cannot export local symbol' || true
[ -x "$scratch/fuzz-$target" ] || { echo "run.sh: linking the harness failed" >&2; exit 1; }

seeds="$scratch/seeds/$target"
corpus="$scratch/corpus/$target"
regressions="$root/Fuzz/Regressions/$target"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$regressions"
case "$target" in
    scenario)
        cp "$root"/Scenarios/*.toml "$seeds/"
        cp "$root"/Tests/MadoguchiConfigTests/Conformance/*/*.toml "$seeds/" ;;
    lesson)
        cp "$root"/Scenarios/Lessons/*.toml "$seeds/" ;;
    theme)
        cp "$root"/Themes/*.toml "$seeds/"
        cp "$root"/Tests/MadoguchiConfigTests/Conformance/*/*.toml "$seeds/" ;;
    override)
        printf 'staff.desks\n3' > "$seeds/desks"
        printf 'times.card_flow\n{ dist = "exponential", mean = 40 }' > "$seeds/distribution"
        printf 'arrivals[1].per_hour\n30' > "$seeds/arrivals"
        printf 'scenario.title\nBusy morning' > "$seeds/title"
        printf 'mix.path\n{ legacy_card = 1.0 }' > "$seeds/mix"
        printf 'outages\n[{ kind = "network", from = "09:00", to = "09:30" }]' > "$seeds/outages" ;;
    recording)
        # Real recordings, made by the ordinary (debug) build of the command line.
        (cd "$root" && swift build --product madoguchi >/dev/null)
        bin="$(cd "$root" && swift build --product madoguchi --show-bin-path)/madoguchi"
        "$bin" run quiet-weekday --seed 1 --record "$seeds/quiet.sqlite" >/dev/null
        "$bin" run reader-outage --replications 2 --seed 2 --record "$seeds/outage.sqlite" >/dev/null
        rm -f "$seeds"/*-wal "$seeds"/*-shm ;;
esac
find "$regressions" -type f ! -name '.*' -exec cp {} "$seeds/" \;

echo "Fuzzing $target for $seconds s…"
log="$scratch/fuzz-$target.log"
set +e
start=$SECONDS
# libFuzzer reports a trap with its own stack trace; Swift's backtracer would run under
# AddressSanitizer (which flags its memory reads) and outlive the fuzzer, holding the pipe.
SWIFT_BACKTRACE=enable=no "$scratch/fuzz-$target" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$regressions/" -print_final_stats=1 2>&1 | tee "$log" | grep -E '^(#[0-9]+.*(INITED|DONE)|==|SUMMARY|stat::number_of_executed_units|Done)|Fatal error'
status="${PIPESTATUS[0]}"
set -e
echo "$target: $(sed -n 's/^stat::number_of_executed_units: *//p' "$log") executions in $((SECONDS - start)) s; exit $status (log: $log)"
exit "$status"
