#!/usr/bin/env bash
# The desk in a real xterm with a Japanese font, under Xvfb: once as xterm draws by default
# and once with -cjk_width (East Asian ambiguous characters two cells wide, as many
# Japanese users set their terminals). Neither run names the width: the desk measures it
# at start-up. Writes desk-xterm.png and desk-xterm-cjk-width.png here.
#
# A third shot, desk-xterm-cjk-width-as-narrow.png, forces --ambiguous-width narrow in the
# -cjk_width xterm: what the desk looked like there before it measured the width.
#
# usage: Screenshots/xterm.sh      needs the Debian packages xvfb, xterm, fonts-noto-cjk,
#                                  x11-apps (xwd) and netpbm
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
for tool in Xvfb xterm xwd xwdtopnm pnmtopng; do
    command -v "$tool" >/dev/null || { echo "xterm.sh: $tool is missing (apt-get install xvfb xterm x11-apps netpbm fonts-noto-cjk)" >&2; exit 2; }
done
[[ "$(fc-list)" == *"Noto Sans Mono CJK JP"* ]] || { echo "xterm.sh: the font Noto Sans Mono CJK JP is missing (apt-get install fonts-noto-cjk)" >&2; exit 2; }

(cd "$root" && swift build --product madoguchi >/dev/null)
madoguchi="$(cd "$root" && swift build --product madoguchi --show-bin-path)/madoguchi"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1000x620x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1

# One screenshot of the desk stopped half a second into the default scenario at maximum
# speed, in Japanese. Arguments: the file name, the desk's extra options, xterm's options.
shoot() {
    local name="$1" options="$2"; shift 2
    local scratch
    scratch="$(mktemp -d)"
    DISPLAY="$display" xterm "$@" -geometry 100x30+0+0 -fa "DejaVu Sans Mono" -fd "Noto Sans Mono CJK JP" -fs 11 \
        -bg black -fg white -xrm 'XTerm*allowWindowOps: true' \
        -e env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color sh -c \
        "'$madoguchi' desk default --lang ja --seed 3 --speed max $options </dev/tty 2>'$scratch/err' & desk=\$!; sleep 0.5; kill -STOP \$desk; sleep 30" &
    local xterm_pid=$!
    sleep 7
    DISPLAY="$display" xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$here/$name.png"
    kill "$xterm_pid" 2>/dev/null || true
    wait "$xterm_pid" 2>/dev/null || true
    cat "$scratch/err" >&2
    rm -rf "$scratch"
    echo "$here/$name.png"
}

shoot desk-xterm ""
shoot desk-xterm-cjk-width "" -cjk_width
shoot desk-xterm-cjk-width-as-narrow "--ambiguous-width narrow" -cjk_width
