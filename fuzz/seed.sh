#!/usr/bin/env bash
# Builds the fuzzers' seed corpora from the real reports in tests/corpus:
#   fuzz/corpus/pipeline, fuzz/corpus/decode  chunks of ≤ 4 KiB cut at line ends
#                                             (decode also gets GB18030 and UTF-16 copies)
#   fuzz/corpus/numbers                       short sentences that hold a number
#   fuzz/corpus/quantities                    sentences that hold a number, with the
#                                             target's two range bytes in front
# Idempotent: existing files are kept (libFuzzer adds its own finds beside them).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/corpus"
mkdir -p "$out"/{pipeline,decode,numbers,quantities}

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

# Other encodings of a few chunks, for the decoder.
if command -v iconv >/dev/null; then
  for c in $(ls "$out/pipeline" | head -40); do
    iconv -f UTF-8 -t GB18030 "$out/pipeline/$c" > "$out/decode/$c.gb" 2>/dev/null || rm -f "$out/decode/$c.gb"
    { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$out/pipeline/$c"; } > "$out/decode/$c.u16le" 2>/dev/null || rm -f "$out/decode/$c.u16le"
    iconv -f UTF-8 -t UTF-16BE "$out/pipeline/$c" > "$out/decode/$c.u16be" 2>/dev/null || rm -f "$out/decode/$c.u16be"
  done
fi

for d in pipeline decode numbers quantities; do
  echo "fuzz/corpus/$d: $(ls "$out/$d" | wc -l) seeds"
done
