#!/usr/bin/env bash
# Remakes the three silent explainer videos of the demo family corner from the hand-written SVG slides next to
# this script: every folder here is one video, named by its slug, its slides in file-name order.
#
# Needs rsvg-convert (librsvg2-bin), ffmpeg with libx264 and the DejaVu fonts. CI has no ffmpeg, so the
# videos are committed (src/HoeWerktMijnStad.Web/Features/Demo/Media/{slug}.mp4) and this script only
# documents how they were made. Running it again overwrites them with the same result.
#
# Usage: scripts/demo-videos/make.sh [slug ...]   (no slug: all three)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(cd "$here/../.." && pwd)/src/HoeWerktMijnStad.Web/Features/Demo/Media"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

FPS=25
TITLE_SECONDS=5   # the title slide: a few words only
SLIDE_SECONDS=6.5 # every other slide, fades included: three lines, read aloud slowly
FADE_SECONDS=1    # crossfade between two slides

for tool in rsvg-convert ffmpeg; do
    command -v "$tool" >/dev/null || { echo "make.sh: $tool is missing" >&2; exit 1; }
done
[[ -n $(fc-list "DejaVu Sans") ]] || { echo "make.sh: the DejaVu Sans font is missing" >&2; exit 1; }

# One video: every slide becomes a still clip, chained with xfade; the length is the sum of the clips minus
# one fade per transition. No audio track (-an): the text on the slides is the whole story.
build() {
    local slug=$1
    local slides=("$here/$slug"/*.svg)
    local inputs=() filters="" previous="s0" length=$TITLE_SECONDS
    [[ -e ${slides[0]} ]] || { echo "make.sh: no slides in $here/$slug" >&2; exit 1; }

    for i in "${!slides[@]}"; do
        local png="$work/$slug-$i.png" seconds=$SLIDE_SECONDS
        rsvg-convert --width 1280 --height 720 --background-color white "${slides[$i]}" -o "$png"
        [[ $i -eq 0 ]] && seconds=$TITLE_SECONDS
        inputs+=(-loop 1 -framerate "$FPS" -t "$seconds" -i "$png")
        filters+="[$i:v]format=yuv420p,setsar=1[s$i];"
        if [[ $i -gt 0 ]]; then
            local offset
            offset=$(awk -v l="$length" -v f="$FADE_SECONDS" 'BEGIN { printf "%.3f", l - f }')
            filters+="[$previous][s$i]xfade=transition=fade:duration=$FADE_SECONDS:offset=$offset[x$i];"
            previous="x$i"
            length=$(awk -v l="$length" -v s="$seconds" -v f="$FADE_SECONDS" 'BEGIN { printf "%.3f", l + s - f }')
        fi
    done

    # H.264 in MP4 (main profile, moov atom first): the one format every phone plays, older iPhones included.
    # Written next to the target and renamed, so an interrupted run never leaves half a video behind.
    ffmpeg -y -hide_banner -loglevel error -threads 2 "${inputs[@]}" \
        -filter_complex "${filters%;}" -map "[$previous]" -an -r "$FPS" \
        -c:v libx264 -profile:v main -pix_fmt yuv420p -crf 30 -preset slow -tune stillimage -g 125 \
        -movflags +faststart -fflags +bitexact -flags:v +bitexact -f mp4 "$out/.$slug.mp4.tmp"
    mv "$out/.$slug.mp4.tmp" "$out/$slug.mp4"
    echo "$slug.mp4: ${#slides[@]} slides, ${length} s, $(stat -c %s "$out/$slug.mp4") bytes"
}

mkdir -p "$out"
if [[ $# -eq 0 ]]; then
    set -- van-duin-tot-kraan wat-gebeurt-er-als-je-doortrekt stroom-in-het-stopcontact
fi
for slug in "$@"; do
    build "$slug"
done
