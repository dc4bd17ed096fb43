#!/usr/bin/env bash
# Checks that a change made for speed changed no number: every built-in scenario, run with
# `madoguchi run NAME --seed S --format json` at two seeds, gives the same bytes from the working
# tree as from a base revision (default: main). Both are release builds; the base is built
# in a worktree under .build-baseline/, kept between runs so that rebuilding is incremental.
# Keys the base does not write are new figures, which docs/run-json.md allows without a new
# schema: they are named and left out of the comparison; a key moved or removed differs.
#
# usage: Benchmarks/same-numbers.sh [REV]
# Environment: SEEDS (default "1 2"), REPLICATIONS (default: the scenario's), SCRATCH_PATH
# (SwiftPM's --scratch-path for the working tree, default .build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
base_rev="${1:-main}"
seeds="${SEEDS:-1 2}"
base_tree="$root/.build-baseline/tree"

commit="$(git -C "$root" rev-parse --verify --quiet "$base_rev^{commit}")" || {
    echo "same-numbers.sh: '$base_rev' is not a revision of this repository" >&2
    exit 2
}
if [[ -d "$base_tree" ]]; then
    git -C "$base_tree" checkout --quiet --detach "$commit"
else
    mkdir -p "$root/.build-baseline"
    git -C "$root" worktree add --quiet --detach "$base_tree" "$commit"
fi

echo "Building madoguchi (release) at $base_rev ($(git -C "$root" rev-parse --short "$commit")) and in the working tree…"
build=(swift build -c release --product madoguchi)
(cd "$base_tree" && "${build[@]}" --scratch-path "$root/.build-baseline/build" >/dev/null)
(cd "$root" && "${build[@]}" --scratch-path "${SCRATCH_PATH:-$root/.build}" >/dev/null)
old="$(cd "$base_tree" && "${build[@]}" --scratch-path "$root/.build-baseline/build" --show-bin-path)/madoguchi"
new="$(cd "$root" && "${build[@]}" --scratch-path "${SCRATCH_PATH:-$root/.build}" --show-bin-path)/madoguchi"

# `--format json` since issue 13; a base from before it knows only `--json`.
json_flags() { if "$1" run --help | grep -q -- '--format'; then echo "--format json"; else echo "--json"; fi; }
old_json="$(json_flags "$old")" new_json="$(json_flags "$new")"

replications=()
[[ -n "${REPLICATIONS:-}" ]] && replications=(--replications "$REPLICATIONS")

# The new JSON cut down to the keys of the old one, both printed by jq with sorted keys.
restrict='def restrict($o): if type == "object" and ($o | type) == "object"
    then with_entries(select(.key as $k | $o | has($k)) | .key as $k | .value |= restrict($o[$k])) else . end;
    restrict($old[0])'
new_keys='[paths(scalars) | map(tostring) | join(".")] as $p | ($old[0] | [paths(scalars) | map(tostring) | join(".")]) as $q
    | ($p - $q) | map(sub("\\.(mean|ci95_low|ci95_high)$"; "")) | unique | join(" ")'

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
compared=0 differ=0
for name in $("$old" scenarios | awk '{ print $1 }'); do
    for seed in $seeds; do
        "$old" run "$name" --seed "$seed" "${replications[@]}" $old_json >"$scratch/old.raw"
        "$new" run "$name" --seed "$seed" "${replications[@]}" $new_json >"$scratch/new.raw"
        jq -S . "$scratch/old.raw" >"$scratch/old.json"
        jq -S --slurpfile old "$scratch/old.raw" "$restrict" "$scratch/new.raw" >"$scratch/new.json"
        added="$(jq -r --slurpfile old "$scratch/old.raw" "$new_keys" "$scratch/new.raw")"
        compared=$((compared + 1))
        if cmp --quiet "$scratch/old.json" "$scratch/new.json"; then
            echo "same     $name --seed $seed ($(wc -c <"$scratch/old.raw") bytes)${added:+; new: $added}"
        else
            differ=$((differ + 1))
            echo "DIFFERS  $name --seed $seed:"
            diff "$scratch/old.json" "$scratch/new.json" | head -n 20 || true  # diff exits 1: they differ
        fi
    done
done
echo "$compared runs compared with $base_rev: $((compared - differ)) the same, $differ differ"
[[ $differ -eq 0 ]]
