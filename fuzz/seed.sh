#!/usr/bin/env bash
# Builds the fuzzers' seed corpora from the real reports in tests/corpus:
#   fuzz/corpus/pipeline, fuzz/corpus/decode  chunks of ≤ 4 KiB cut at line ends
#                                             (decode also gets GB18030 and UTF-16 copies)
#   fuzz/corpus/numbers                       short sentences that hold a number
#   fuzz/corpus/quantities                    sentences that hold a number, with the
#                                             target's two range bytes in front
#   fuzz/corpus/panel                         two reports' targets passages and opening
#                                             paragraphs, joined by a NUL byte
#   fuzz/corpus/panel_input                   (none: the target builds its own vocabulary)
# Idempotent: existing files are kept (libFuzzer adds its own finds beside them).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/corpus"
mkdir -p "$out"/{pipeline,decode,numbers,quantities,panel,panel_input}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for f in "$root"/tests/corpus/*.txt; do
  name="$(basename "$f" .txt)"
  # Whole-pipeline seeds: line-bounded chunks, every 4th one to keep the corpus small.
  split -C 4096 -d -a 4 "$f" "$tmp/$name-"
  i=0
  for c in "$tmp/$name"-*; do
    if (( i % 4 == 0 )); then
      cp "$c" "$out/pipeline/$(basename "$c")"
      cp "$c" "$out/decode/$(basename "$c")"
    fi
    i=$((i + 1))
  done
  rm -f "$tmp/$name"-*
  # Sentences holding an Arabic or Chinese number.
  awk -v RS='。' -v dir="$tmp" -v name="$name" '
    /[0-9零〇一二两三四五六七八九十百千万亿]/ && length($0) < 400 {
      n++; if (n % 6) next
      gsub(/\n/, "")
      file = sprintf("%s/%s-s%05d", dir, name, n)
      printf "%s。", $0 > file; close(file)
    }' "$f"
  for s in "$tmp/$name"-s*; do
    [ -e "$s" ] || continue
    b="$(basename "$s")"
    head -c 120 "$s" | iconv -f UTF-8 -t UTF-8 -c > "$out/numbers/$b" 2>/dev/null || true
    { printf '\000\000'; cat "$s"; } > "$out/quantities/$b"
  done
  rm -f "$tmp/$name"-s*
done

# Pairs of reports for the panel: this report's targets passage (3 KB from
# 预期目标), a NUL, and the next report's opening (its review: 3 KB).
prev=""
for f in "$root"/tests/corpus/*.txt; do
  if [ -n "$prev" ]; then
    at=$(grep -b -o -m1 '预期目标' "$prev" | cut -d: -f1 || true)
    { tail -c +"$(( ${at:-0} + 1 ))" "$prev" | head -c 3000 | iconv -f UTF-8 -t UTF-8 -c; printf '\000'; head -c 3000 "$f" | iconv -f UTF-8 -t UTF-8 -c; } \
      > "$out/panel/$(basename "$prev" .txt)+$(basename "$f" .txt)" 2>/dev/null || true
  fi
  prev="$f"
done

# Other encodings of a few chunks, for the decoder.
if command -v iconv >/dev/null; then
  for c in $(ls "$out/pipeline" | head -40); do
    iconv -f UTF-8 -t GB18030 "$out/pipeline/$c" > "$out/decode/$c.gb" 2>/dev/null || rm -f "$out/decode/$c.gb"
    { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$out/pipeline/$c"; } > "$out/decode/$c.u16le" 2>/dev/null || rm -f "$out/decode/$c.u16le"
    iconv -f UTF-8 -t UTF-16BE "$out/pipeline/$c" > "$out/decode/$c.u16be" 2>/dev/null || rm -f "$out/decode/$c.u16be"
  done
fi

for d in pipeline decode numbers quantities panel panel_input; do
  echo "fuzz/corpus/$d: $(ls "$out/$d" | wc -l) seeds"
done
