#!/usr/bin/env bash
# The man pages, one per subcommand, generated from the command definitions by
# swift-argument-parser's generate-manual plugin. Without arguments it writes them here;
# with --check it generates them afresh and fails if they differ from the ones checked in
# (.ci/run does this, so the pages cannot drift from --help).
#
# The help is written in the locale's language, so the pages are made under LC_ALL=C: English,
# with ASCII look-alikes for ×, – and ● (generate-manual drops every character beyond ASCII,
# which turned "80×24" into "8024"); the date is fixed so that the same definitions always give
# the same bytes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

date=2026-12-02
pages=docs/man
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

if ! env LC_ALL=C LANG=C swift package plugin generate-manual --configuration debug --multi-page --date "$date" >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi
generated="$(sed -n "s/^Generated manual in '\(.*\)'$/\1/p" "$log" | head -n 1)"
generated="${generated#file://}"
if [[ -z "$generated" || ! -d "$generated" ]]; then
    echo "generate.sh: the plugin did not say where it wrote the pages:" >&2
    cat "$log" >&2
    exit 1
fi

if [[ "${1:-}" == "--check" ]]; then
    if diff -r --exclude=generate.sh "$pages" "$generated"; then
        echo "man pages: $(ls "$generated" | wc -l) pages match the command definitions"
    else
        echo "man pages differ from --help: run docs/man/generate.sh and commit $pages" >&2
        exit 1
    fi
else
    rm -f "$pages"/*.1
    cp "$generated"/*.1 "$pages"/
    echo "wrote $(ls "$pages"/*.1 | wc -l) pages into $pages"
fi
