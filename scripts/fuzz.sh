#!/usr/bin/env bash
# Short fuzzing of the engine with cargo-fuzz (libFuzzer), for `npm test`:
#
#   scripts/fuzz.sh                       # 15 s on each of the 6 targets (90 s of fuzzing)
#   scripts/fuzz.sh pipeline=900 numbers=600 quantities=300   # a long run
#
# Targets (fuzz/fuzz_targets): pipeline (govreport::parse on any text), decode
# (any bytes through decode::decode, then parse), numbers (numbers::arabic and
# numbers::chinese), quantities (quantities::find on any sentence). Each asserts
# the model's invariants (spans inside the input, the UTF-16 slice equals
# `text`, finite values); panel (several fuzzed texts parsed and read together
# by govreport::panel) and panel_input (the packed form JavaScript's panel()
# sends, from any bytes) check the panel's rows; see fuzz/fuzz_targets/common.rs.
#
# Needs cargo-fuzz. Installing it takes minutes, so when it is missing this
# script says so and exits 0 (skipped), unless FUZZ=1, which installs it.
# cargo-fuzz needs nightly compiler flags: RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept them. The first build of the targets takes about 2 minutes
# (not counted in the fuzzing time).
#
# Environment:
#   FUZZ=1              install cargo-fuzz when missing (else: skip)
#   FUZZ_KEEP_GOING=1   don't stop at a crash: save it and go on (libFuzzer fork mode)
#   FUZZ_IGNORE=a,b     invariants to switch off while a finding is open (common.rs)
#   FUZZ_ARGS="…"       more libFuzzer options, e.g. FUZZ_ARGS="-max_len=200000" to look
#                       for slow (superlinear) inputs
# Exit status: 0 when no target crashed (or fuzzing was skipped), 1 otherwise;
# crashing inputs are in fuzz/artifacts/TARGET/ (`cargo fuzz fmt TARGET FILE` shows one).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! cargo fuzz --version >/dev/null 2>&1; then
  if [ "${FUZZ:-0}" = "1" ]; then
    echo "fuzz: installing cargo-fuzz (cargo install cargo-fuzz; takes a few minutes)"
    cargo install cargo-fuzz || { echo "fuzz: could not install cargo-fuzz" >&2; exit 1; }
  else
    echo "fuzz: SKIPPED: cargo-fuzz is not installed (run 'cargo install cargo-fuzz', or set FUZZ=1 to install it here)"
    exit 0
  fi
fi

export RUSTC_BOOTSTRAP=1
# Safe Rust: no sanitizer (twice the speed); debug assertions catch overflow.
flags=(-s none -a)

if [ "$#" -eq 0 ]; then
  set -- pipeline=15 decode=15 numbers=15 quantities=15 panel=15 panel_input=15
fi

[ -d fuzz/corpus/panel ] || bash fuzz/seed.sh

mkdir -p fuzz/target
echo "fuzz: building the targets"
if ! cargo fuzz build "${flags[@]}" >fuzz/target/build.log 2>&1; then
  tail -30 fuzz/target/build.log >&2
  echo "fuzz: build failed (full log: fuzz/target/build.log)" >&2
  exit 1
fi

status=0
for spec in "$@"; do
  target="${spec%%=*}"
  seconds="${spec#*=}"
  [ "$seconds" = "$spec" ] && seconds=15
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  opts=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1)
  # shellcheck disable=SC2206
  opts+=(${FUZZ_ARGS:-})
  if [ "${FUZZ_KEEP_GOING:-0}" = "1" ]; then
    opts+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  log="fuzz/target/$target.log"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  if cargo fuzz run "${flags[@]}" "$target" -- "${opts[@]}" >"$log" 2>&1; then
    # The last status line: executions, coverage, time.
    grep -E '^#[0-9]+' "$log" | tail -1 | sed "s/^/fuzz: $target: /"
  else
    status=1
    echo "fuzz: $target FAILED:" >&2
    grep -E 'panicked at|SUMMARY|Test unit written|deadly signal|timeout|out-of-memory' "$log" | head -5 >&2
  fi
  # Fork mode leaves one log per child job in the working directory.
  if compgen -G 'fuzz-*.log' >/dev/null; then
    mkdir -p "fuzz/target/$target-jobs"
    mv fuzz-*.log "fuzz/target/$target-jobs/"
  fi
  if [ -n "$(ls -A "fuzz/artifacts/$target" 2>/dev/null)" ]; then
    echo "fuzz: $target: inputs saved in fuzz/artifacts/$target:" >&2
    ls "fuzz/artifacts/$target" | head -10 >&2
  fi
done
exit $status
