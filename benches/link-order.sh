#!/bin/sh
# Regenerates benches/link-order.txt, the order build.rs asks the linker to lay out
# careerpath's functions in: those the first frame needs, then those a whole questionnaire
# needs, each group in the order the program first runs them. Without it, the few hundred
# kilobytes of code a session runs are spread over the whole 5 MB text, and the kernel maps
# (and counts as resident) 64 kB around every page touched: most of the binary.
#
# Runs end-to-end tests against the release binary under callgrind, which dumps a profile
# after every frame is rendered (so the first dump is the start-up and the first frame).
# Needs valgrind; run from the repository root after
# `cargo build --release --bin careerpath`. A stale list only costs memory and start-up
# time: functions it names that no longer exist are skipped.
set -eu
target=$(realpath "${CARGO_TARGET_DIR:-target}")
bin="$target/release/careerpath"
order=$(realpath benches)/link-order.txt
out=$(mktemp -d)
# The tests start careerpath with `--data-dir DIR --lang en`; the bench and most people start
# it bare, which skips clap (`src/cli.rs`). A test started that way runs bare here, with the
# same directory and language from the environment, so clap's code is not laid out among
# the first frame's.
bare='if [ "$#" = 4 ] && [ "$1" = --data-dir ] && [ "$3" = --lang ] && [ "$4" = en ]; then
  export CAREERPATH_DATA_DIR="$2" LC_ALL=C.UTF-8; shift 4
fi'
cat >"$out/wrap" <<WRAP
#!/bin/sh
$bare
exec valgrind -q --tool=callgrind --demangle=no --dump-after='*3tui4view6render17h*' \
  --callgrind-out-file=$out/cg.%p "$bin" "\$@"
WRAP
chmod +x "$out/wrap"
# The session the bench and most people run (the built-in questionnaire, start to results,
# answered with arrows and with number keys, and an Enter refused for want of a pick, which
# the event loop also works out ahead on every new question) is laid out first, whole, in
# the order it runs: its start, then each frame's new functions, then quitting. Then what the other sessions add (a questionnaire read from
# YAML, in Spanish; the menu with no session open). Interleaving them would spread the first
# session's code over twice the pages.
first="e2e::a_person_answers_goes_back_once_and_sees_the_outcome e2e::number_keys_answer_every_question_up_to_the_result e2e::enter_before_answering_is_refused_with_a_reason_or_moves_on"
group=0
for tests in \
  "$first" \
  "e2e::a_decimal_comma_in_spanish_is_a_decimal_point e2e::the_menu_without_a_session_offers_no_review"; do
  group=$((group + 1))
  mkdir "$out/$group"
  # shellcheck disable=SC2086 # the test names are separate arguments
  CAREERPATH_BIN="$out/wrap" cargo test --test it -- --test-threads=1 --exact $tests
  mv "$out"/cg.* "$out/$group/"
done
# Then the same first session run natively, with `perf` where there is one: a few functions
# run there that valgrind never sees (its CPU has fewer features, and some paths depend on
# timing), and each would have the kernel map 64 kB around it elsewhere in the text. Every
# page fault names the function that made it; those callgrind missed join the first group.
if command -v perf >/dev/null && perf stat -e page-faults true >/dev/null 2>&1; then
  cat >"$out/native" <<WRAP
#!/bin/sh
$bare
exec perf record -q -e page-faults -c 1 -o "\$(mktemp "$out/pf.XXXXXX")" "$bin" "\$@"
WRAP
  chmod +x "$out/native"
  # shellcheck disable=SC2086 # the test names are separate arguments
  CAREERPATH_BIN="$out/native" cargo test --test it -- --test-threads=1 --exact $first
  for f in "$out"/pf.*; do
    perf script -i "$f" -F ip,sym,dso --no-demangle 2>/dev/null |
      awk -v bin="($bin)" '$NF == bin && $2 != "[unknown]" { print $2 }'
  done >"$out/1/native"
else
  echo "no perf: the list has only what callgrind saw" >&2
  : >"$out/1/native"
fi
# Within a group, part n of every process before part n+1 of any (first needed, first laid
# out); the part after the last frame (quitting), named without a number, last. First of
# all, `_start`: naming it brings the C runtime's start-up code (which callgrind does not
# list) in from the end of the text, where the 64 kB around it would be mapped for it alone.
{
echo _start
for group in $(seq "$group"); do
  cd "$out/$group"
  for f in $(ls cg.*.* | sort -t. -k3,3n) $(ls cg.* | grep -Ev '[.][0-9]+[.][0-9]+$'); do
    callgrind_annotate --threshold=100 --inclusive=no "$f" |
      sed -n 's/^ *[0-9,][0-9,]* ([^)]*) *[^ ]*:\([^ ]*\) \[.*\/careerpath\]$/\1/p' |
      sed "s/'[0-9]*\$//"
  done
  # The first group ends with what only a native run showed, then every function that
  # reads JSON: the session log reads a record back when it holds a `null`, and which of
  # serde_json's reading paths run depends on the lengths of the strings in it, so a run
  # with other answers than the tests' runs some the profiles never saw.
  if [ "$group" = 1 ]; then
    cat native
    nm "$bin" | awk '$3 ~ /serde_json4read/ { print $3 }'
  fi
done
} | awk '!seen[$0]++' >"$order"
rm -r "$out"
wc -l "$order"
