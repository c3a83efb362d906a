# careerpath's own words in English: every id here must exist in es.ftl too.
# Ids use letters, digits, `_` and `-`; `{ $name }` is a value the program fills in.

## Reports

and = and
yes = yes
no = no
no_answer = no answer
not_asked = not asked
no_value = no value
recommendation = Recommendation
recommendations = Recommendations
leads_to = Leads to
scores = Scores
unanswered_scored = { $n ->
    [one] Not answered, so it adds no points: { $questions }.
   *[other] Not answered, so they add no points: { $questions }.
}
score = Score
range = Range
why = Why
because_you_answered = because you answered
notes = Notes
roadmap = Roadmap
optional = optional
resources = Resources
what_would_change = What would change it
change_line = If you answered “{ $answer }” to “{ $question }”, the result would be { $outcome }.
nothing_would_change = Trying one different answer at a time, none changed the result.
nothing_found_cut_short = Trying one different answer at a time, none of those tried changed the result, but the search stopped before trying them all: a change may still exist.
changes_cut_short = The search stopped before trying every answer: other changes may exist.
your_answers = Your answers
session-export-head = Session “{ $name }”, last saved { $date }
and_more = …and { $n } more
profile = Profile
score-unanswered = { $n } not answered
profile-unclear = { $code }, no clear lead
tied = { $order ->
    [yes] tied at the last place: { $names }; the questionnaire's order put { $first } first
   *[no] tied at the last place: { $names }
}
default_reason = no specific rule matched; this follows from your overall scores
question = Question
answer = Answer
# The sized plan, confidence and sources (src/report/sizing.rs builds the sentences).
how_clear = How clear
clarity_clear = Clear
clarity_leaning = Leaning
clarity_close = Close
clarity_tie = Tie
clarity_counter = Against the points
clarity_for = { $label }: your answers favour this by { $margin }.
clarity_against = { $label }: on points your answers favour another result by { $margin }; the reasons below say what decided it.
clarity_level = { $label }: on points your answers come out level; the reasons below say what decided it.
points = { $n ->
    [one] { $n } point
   *[other] { $n } points
}
most_likely_change = Most likely to change it: { $change }
starting_point = A starting point for your own exploration, not a verdict.
hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
month_year = { $month } { $year }
plan_fits = With { $hours } a week the required stages take about { $weeks }, until about { $date }.
plan_too_long = This plan does not fit your time: with { $hours } a week its required stages take about { $weeks }, until about { $date }, longer than the { $horizon } it is meant to fit in. More hours a week would make it fit; otherwise, expect it to take that long.
stage_size = about { $hours } h, { $weeks }, done by about { $date }
sources = Sources
sources_docs = The official documentation for each stage is linked under it in the roadmap.
# A month by its number (1 to 12).
month = { $month ->
     [1] January
     [2] February
     [3] March
     [4] April
     [5] May
     [6] June
     [7] July
     [8] August
     [9] September
     [10] October
     [11] November
    *[12] December
}
incomplete = { $total ->
    [one] INCOMPLETE: { $answered } of { $total } question answered.
   *[other] INCOMPLETE: { $answered } of { $total } questions answered.
}
unfinished_all_answered = { $total ->
    [one] NOT FINISHED: its { $total } question answered.
   *[other] NOT FINISHED: all { $total } questions answered.
}
incomplete_carried = { $total ->
    [one] INCOMPLETE: { $answered } of { $total } question confirmed in this retake; { $carried } carried over from the session it retakes.
   *[other] INCOMPLETE: { $answered } of { $total } questions confirmed in this retake; { $carried } carried over from the session it retakes.
}
incomplete_provisional = This result is provisional: required questions are still unanswered.
incomplete_optional_left = The session is not finished; the questions left may change this result.
incomplete_not_confirmed = The session is not finished: resume it to go through its answers and see the result.
unanswered_required = Required questions not answered yet
no_result_unfinished = No result yet: it would rest on questions not answered. Resume the session to finish it.
no_result_not_finished = No result yet: every question has an answer, but the session was not finished. Resume it to finish it.
answers_so_far = Answers so far
# The command line's own words (`careerpath evaluate`, `careerpath sessions ...`).
cli-not_saved = warning: sessions will not be saved: { $reason }
cli-interrupted = Interrupted. Your answers so far are saved; continue with: { $command }
cli-interrupted_unsaved = Interrupted. Your latest answers were not saved; those saved before them can be continued with: { $command }
cli-interrupted_nothing_saved = Interrupted. Nothing was saved: sessions are not being saved here.
cli-no_sessions_dir = cannot resume: the sessions directory is not available
cli-nothing_to_resume = there is no unfinished session to resume; `careerpath sessions list` shows them all
cli-nothing_readable_to_resume = there is no unfinished session to resume that can be read; { $count ->
        [one] one saved session is damaged
       *[other] { $count } saved sessions are damaged
    }, and `careerpath sessions list` says why
cli-no_translation = warning: this questionnaire has no `{ $asked }` translation; using `{ $lang }` (available: { $available })
cli-unanswered = { $n ->
    [one] { $n } required question is not answered in { $file }:
   *[other] { $n } required questions are not answered in { $file }:
}
cli-use_partial = Answer them, or pass --partial to evaluate anyway (the result is labelled incomplete).
cli-col-id = ID
cli-col-name = NAME
cli-col-updated = UPDATED
cli-col-status = STATUS
cli-col-progress = PROGRESS
cli-col-outcome = OUTCOME
cli-damaged = damaged
cli-damaged_file = DAMAGED { $file }
cli-no_sessions = No saved sessions in { $dir }. Start one with `careerpath`.
cli-just_now = just now
cli-min_ago = { $n } min ago
cli-h_ago = { $n } h ago
cli-yesterday = yesterday
cli-days_ago = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}
cli-created = created
cli-updated = updated
cli-status = status
cli-answered = { $status }, { $progress } answered or skipped
cli-questionnaire = questionnaire
cli-version = version { $v }
cli-questionnaire_changed = { " " }(it has changed since; the answers are checked against the current one)
cli-file = file
cli-answers = Answers
cli-none_yet = (none yet)
cli-to_answer_again = To answer again (the question changed)
cli-was = was { $answer }
cli-set_aside = Set aside (the questionnaire no longer asks these)
cli-result_heading = Result (questionnaire version { $v }{ $stale })
cli-result_stale = ; resume the session to re-evaluate with the current one
cli-no_result_resume = No result yet: `{ $command }` continues it.
cli-other_questionnaire = session { $id } was answered with questionnaire `{ $theirs }`, not `{ $ours }`; pass --questions FILE
cli-compare_itself = both ids name session { $id }: name two different sessions to compare
cli-cannot_read = cannot read { $path }: { $reason }
cli-cannot_write = cannot write { $path }: { $reason }
cli-wrote = Wrote { $path }
cli-all_needs_jsonl = --all writes JSON Lines, one session a line: use --format jsonl (or leave --format out), not { $format }
cli-export_skipped = skipped { $file }: { $reason }
cli-cannot_write_man = cannot write the manual page: { $reason }
cli-cannot_write_stdout = cannot write to standard output: { $reason }
cli-cannot_watch = cannot watch: { $reason }
cli-not_a_percentage = { $value } is not a percentage from 0 to 100
cli-watch_only_answering = --watch reloads the questionnaire you are answering; to re-check a file on every save use `careerpath validate FILE --watch`
# `--help`, `help COMMAND` and the manual page (src/cli.rs). `cmd-<command path>-about` is a
# command's summary (`-long` its whole text), `cmd-arg-<id>` an argument's help for every
# command that has it, `cmd-<command path>-arg-<id>` one command's own.
# `graph`'s own words (src/questionnaire/graph.rs).
graph-start = start
graph-decide = decide ({ $policy })
graph-otherwise = otherwise
graph-in_top = { $dim } in the top { $n }
graph-default = default: { $rule }
cmd-heading-usage = Usage:
cmd-heading-commands = Commands
cmd-heading-arguments = Arguments
cmd-heading-options = Options
cmd-value-FILE = FILE
cmd-value-STEPITEM = STEP[.ITEM]
cmd-default = [default: { $value }]
cmd-possible = [possible values: { $values }]
cmd-about = Decide whether to learn Python, Rust, or both, and in what order
cmd-about-long =
    Decide whether to learn Python, Rust, or both, and in what order.

    With no command, careerpath opens the questionnaire: full-screen in a terminal, line by line with --plain or when input or output is not a terminal.
cmd-after-long =
    Exit codes:
      0    success
      1    failure (or warnings with `validate --deny-warnings`)
      2    usage error (also: a session id prefix that matches several sessions)
      65   the questionnaire or answers file is not valid, or required questions are
           unanswered (`evaluate` without --partial), or `sessions export --all` skipped a
           damaged session file
      66   an input file is missing or unreadable
      73   a file or the sessions directory cannot be created (its directory is missing)
      74   a file cannot be written (also: answers given could not be saved)
      75   plain mode ran out of input, or its output closed, before the end (what was
           answered is saved)
      129  the terminal went away (hang-up); every answer given is saved
      130  interrupted (Ctrl-C)
      143  terminated (SIGTERM); every answer given is saved
cmd-arg-help = Print help (see more with '--help')
cmd-arg-help-long = Print help (see a summary with '-h')
cmd-arg-version = Print version
cmd-arg-questions = Run another questionnaire instead of the built-in one
cmd-arg-lang = Language for questions and results (default: from LANG, else English)
cmd-arg-data_dir = Where sessions are saved [default: $CAREERPATH_DATA_DIR, else $XDG_DATA_HOME/careerpath]
cmd-arg-plain = Ask line by line without the full-screen interface (also when ACCESSIBLE is set or TERM=dumb)
cmd-arg-watch = With --questions: reload the questionnaire whenever the file changes, keeping the answers that still fit
cmd-arg-id = A session id, or any unique prefix of one
cmd-arg-format = The output's format
cmd-help-about = Print this message or the help of the given subcommand(s)
cmd-help-arg-subcommand = The subcommand whose help to print
cmd-resume-about = Continue a saved session (default: the last unfinished one)
cmd-evaluate-about = Evaluate an answers file (or a saved session file) and print the result
cmd-evaluate-arg-answers = YAML with `answers: {"{"}question_id: value{"}"}`; other keys are ignored
cmd-evaluate-arg-all_changes = List every question whose answer, changed, would change the result (for a number or a scale, the nearest such answer each way), not only the closest, and every reason the other outcomes did not win, not only the first few
cmd-evaluate-arg-partial = Evaluate even when required questions are unanswered; the result is labelled incomplete. Without it such answers are refused (exit 65)
cmd-validate-about = Check questionnaires for errors and likely mistakes (default: the built-in one)
cmd-validate-arg-files = Questionnaire files [default: the one --questions names, else the built-in one]
cmd-validate-arg-deny_warnings = Exit with 1 when there are warnings
cmd-validate-arg-watch = Check again whenever a file changes, until Ctrl-C
cmd-test-about = Run a questionnaire's test cases (default: the built-in questionnaire's own tests)
cmd-test-arg-files = Test files (`NAME.tests.yaml`) [default: the one beside --questions, else the built-in tests]
cmd-test-arg-coverage = Print the rules, notes, outcomes, questions and choices no case reached
cmd-test-arg-min_coverage = Exit with 1 when coverage is below PCT percent
cmd-schema-about = Print the JSON Schema (draft-07) of the questionnaire format
cmd-graph-about = Print the question flow and the rules as a graph
cmd-sessions-about = List, show, export, rename, delete and compare saved sessions
cmd-sessions-list-about = List saved sessions, newest first
cmd-sessions-list-arg-json = One JSON object per session instead of a table
cmd-sessions-show-about = Show one session: answers and result
cmd-sessions-export-about = Export one session, or with --all every session as JSON Lines
cmd-sessions-export-arg-all = Every saved session, one JSON object per line, oldest first (only with jsonl)
cmd-sessions-export-arg-format = [default: markdown, or jsonl with --all; jsonl is one line of JSON per session: answers, status, result summary]
cmd-sessions-export-arg-output = Write to FILE instead of standard output
cmd-sessions-export-after-long =
    With --all (JSON Lines only): every session in the sessions directory, whatever its
    questionnaire, oldest first, so a newer export extends an older one. An unfinished session
    has "complete": false and "result": null. A damaged session file is reported on standard
    error and skipped; the others are still written, and the exit code is then 65.
cmd-sessions-rename-about = Give a session a new name
cmd-sessions-rename-arg-name = The new name (up to 100 characters)
cmd-sessions-delete-about = Delete a session
cmd-sessions-compare-about = What changed from session A to session B: answers, outcome, reasons (a retake always comes after the session it retakes)
cmd-sessions-compare-arg-a = The earlier session: an id, or any unique prefix of one
cmd-sessions-compare-arg-b = The later session: an id, or any unique prefix of one
cmd-sessions-import-about = Save an answers file as a session (finished when every required answer is there) and print its id
cmd-sessions-import-arg-file = YAML with `answers: {"{"}question_id: value{"}"}`, as `evaluate --answers` reads
cmd-sessions-import-arg-name = The session's name [default: the file's name]
cmd-roadmap-about = Show a finished session's roadmap with your progress (default: the latest finished session), or mark an item done, started, skipped or not started
cmd-roadmap-arg-action = What to do with the items: done, start (in progress), skip, or reset (not started)
cmd-roadmap-arg-at = STEP (every item of a step) or STEP.ITEM, numbered as the roadmap shows them
cmd-roadmap-after =
    Examples:
      careerpath roadmap
      careerpath roadmap 0190ab done 1.2
      careerpath roadmap 0190ab start 2
cmd-retake-about = Answer again a saved session (default: the latest finished one) as a new session, starting from its answers; its roadmap progress carries over
cmd-completions-about = Print a shell completion script
cmd-completions-arg-shell = The shell to write it for
cmd-man-about = Print the manual page (roff), e.g. into ~/.local/share/man/man1/careerpath.1
# clap's usage errors (src/cli/usage_error.rs): `error: …`, the `tip:` lines under it, the
# usage (titled cmd-heading-usage, values listed as cmd-possible) and where to read more.
# Quoted values are what was typed or a name; `$n` counts the values or the names.
cli-usage-unexpected_argument = unexpected argument '{ $arg }' found
cli-usage-unrecognized_subcommand = unrecognized subcommand '{ $name }'
cli-usage-invalid_value = invalid value '{ $value }' for '{ $arg }'
cli-usage-invalid_value_because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-usage-value_required = a value is required for '{ $arg }' but none was supplied
cli-usage-missing_required = the following required arguments were not provided:
cli-usage-missing_subcommand = '{ $command }' requires a subcommand but one was not provided
cli-usage-subcommands = [subcommands: { $names }]
cli-usage-repeated = the argument '{ $arg }' cannot be used multiple times
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-usage-conflict_list = the argument '{ $arg }' cannot be used with:
cli-usage-conflict_any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-usage-no_equals = equal sign is needed when assigning values to '{ $arg }'
cli-usage-too_many_values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-usage-too_few_values = { $wanted } values required by '{ $arg }'; only { $given } { $n ->
    [one] was
   *[other] were
} provided
cli-usage-wrong_number_of_values = { $wanted } values required for '{ $arg }' but { $given } { $n ->
    [one] was
   *[other] were
} provided
cli-usage-invalid_utf8 = invalid UTF-8 was detected in one or more arguments
cli-usage-tip = tip:
cli-usage-similar_subcommand = { $n ->
    [one] a similar subcommand exists
   *[other] some similar subcommands exist
}: { $names }
cli-usage-similar_argument = { $n ->
    [one] a similar argument exists
   *[other] some similar arguments exist
}: { $names }
cli-usage-similar_value = { $n ->
    [one] a similar value exists
   *[other] some similar values exist
}: { $names }
cli-usage-pass_as_value = to pass '{ $arg }' as a value, use '{ $fix }'
cli-usage-remove_dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-usage-exists = '{ $command }' exists
cli-usage-more_info = For more information, try '{ $help }'.
# `sessions compare` and the browser's compare (src/report/compare.rs).
cmp-comparing = { $a } → { $b }
cmp-reevaluated = The questionnaire changed since a session was answered; its result was worked out again with the current one.
cmp-answers = Answers that changed ({ $d } of { $n })
cmp-no_answer_changed = No answer changed.
cmp-same_answers = { $n ->
    [one] { $n } other answer is the same.
   *[other] { $n } other answers are the same.
}
cmp-outcome = Outcome
cmp-same_outcome = Same outcome: { $outcome }
cmp-not_finished = (not finished)
cmp-no_outcomes = Neither session is finished, so neither has a result.
cmp-reasons = Reasons (+ new, − gone)
cmp-reasons_wait = Reasons are compared once both sessions are finished.
cmp-no_reason_changed = No reason changed.
cmp-retake = The second session is a retake of the first: before, then after.
cmp-roadmap = Roadmap progress
cmp-no_roadmaps = Neither session is finished, so neither has a roadmap yet.
cmp-same_reasons = { $n ->
    [one] { $n } reason is the same in both.
   *[other] { $n } reasons are the same in both.
}
cli-empty_name = a session name cannot be empty
cli-name_shortened = the name was cut to its first { $max } characters
cli-renamed = Renamed { $id } from “{ $old }” to “{ $new }”
cli-deleted_named = Deleted { $id } “{ $name }”
cli-deleted = Deleted { $id }
cli-not_found = no saved session matches `{ $id }`
cli-ambiguous = `{ $id }` matches several sessions: { $matches }
cli-in_use = session { $id } is open in another careerpath; close it there first
cli-invalid_id = `{ $id }` cannot be a session id (letters, digits, `-` and `_` only)
store-dir = cannot use the data directory { $path }: { $reason }
store-write = cannot save { $path }: { $reason }; nothing already saved was changed
store-delete = cannot delete { $path }: { $reason }; it is still there
store-no_data_dir = no data directory: { $reason }; set CAREERPATH_DATA_DIR or pass --data-dir
store-damaged = { $path }: { $reason }
io-disk_full = the disk is full
io-read_only = the file system is read-only
io-denied = permission denied
io-quota = the disk quota is exceeded
io-missing = there is no such file or directory
io-not_a_directory = a part of the path is a file, not a directory
io-a_directory = it is a directory
io-device = the disk reported an input/output error
io-loop = the path goes round a loop of symbolic links
io-name_too_long = a name in the path is too long
io-too_many_open = too many files are open
note-torn_log = { $path }: skipped { $n ->
    [one] 1 byte
   *[other] { $n } bytes
} at the end of the unsynced answers log, a save cut short when careerpath was stopped; every answer shown as saved is kept
damage-at = { $detail } (line { $line }, column { $col })
damage-directory = cannot read the sessions directory: { $reason }
damage-name = the file name is not a session id (letters, digits, `-` and `_` before `.yaml`)
damage-not_regular = not a regular file
damage-too_large = the file is larger than { $n } MiB; a session is a few kilobytes
damage-unreadable = cannot read it: { $reason }
damage-not_text = not text: invalid UTF-8 at byte { $n }
damage-empty = the file is empty (0 bytes)
damage-blank = the file is blank
damage-cut_short = cut short or edited after it was saved (the checksum on its first line no longer matches)
damage-cut_short_at = cut short or edited after it was saved (the checksum on its first line no longer matches): { $detail }
damage-not_a_session = not a careerpath session file: { $detail }
damage-no_format_version = not a careerpath session file (it has no `format_version`)
damage-too_deep = not a careerpath session file: it nests collections more than { $max } levels deep (line { $line })
damage-too_new = was written by a newer careerpath (format { $version }, this one reads up to { $reads }); left untouched
damage-unknown_format = unknown format_version { $version } (this careerpath reads 1 to { $reads })

## The terminal interface

# Banners and the too-small notice.
read_only = Read-only: this session is open in another careerpath; changes here are not saved.
read_only_exit = careerpath: this session was open in another careerpath, so the answers given here were not saved.
read_only_reason = this session is open in another careerpath
unsaved_exit = careerpath: your latest answers were not saved ({ $reason }).
export-no_directory = no directory to write to
no_storage = Sessions are not being saved: { $reason }
# Letters that answer yes / no and skip a question: `s` is "sí" in Spanish, so
# skipping takes `o` (omitir) there. The keymap, help and footer read these.
key-yes = y
key-no = n
key-skip = s
# Footer hints (what a key does, in a word or two).
f-close = close
f-move = move
f-choose = choose
f-help = help
f-quit = quit
f-select = select
f-next = next
f-skip = skip
f-back = back
f-menu = menu
f-reorder = reorder
f-answer = answer
f-step = step
f-delete_word = delete word
f-change = change
f-see_result = see result
f-scroll = scroll
f-review = review
f-export = export
f-new = new
f-sessions = sessions
f-open = open
f-filter = filter
f-rename = rename
f-delete = delete
f-mark = mark
f-compare = compare
f-keep_filter = keep filter
f-clear = clear
f-cancel = cancel
f-keep = keep
# Overlays.
keys_title = { " " }Keys{ " " }
menu_title = { " " }Menu{ " " }
m-close = Back to where I was
m-review = Review my answers
m-sessions = Saved sessions
m-help = Keys (help)
m-quit = Quit
# Welcome.
about = Answer the questions one at a time; at the end you see the result and what led to it.
w-new = Start a new session
w-resume = Resume
# Question screen.
yes_button = Yes
no_button = No
choose_any = Choose any
rank_rule = Most important first · K/J or Shift-↑↓ move the highlighted item
# Results.
no_change = Trying one different answer at a time, none led to a different recommendation.
end_of_page = end ↑
# Review.
check_answers = Check your answers
review_hint = Enter changes the highlighted answer · r shows the result
skipped = (skipped)
not_answered = (not answered yet)
see_recommendation = → See the result
kept_aside = Kept aside (this version of the questionnaire no longer asks these):
# Sessions browser.
saved_sessions = Saved sessions
filter = Filter:{ " " }
to_change = { "  " }(/ to change)
col-name = Name
col-updated = Updated
col-status = Status
col-progress = Progress
col-outcome = Outcome
in_progress = in progress
complete = complete
loading = Loading…
no_sessions = No saved sessions yet. Press n to start one.
no_match = No session matches the filter.
damaged = damaged
compare_sessions = Compare sessions
no_result_yet = (no result yet)
# Help overlay: what each key does.
h-move = move
h-choose = choose
h-choose_number = choose by number
h-close = close
h-new_session = new session
h-saved_sessions = saved sessions
h-this_help = this help
h-menu = menu
h-quit_saved = quit (answers are saved)
h-move_highlight = move the highlight
h-page = page / first / last
h-tick = select / tick the highlighted choice
h-tick_n = select / tick choice n
h-accept = accept and go on
h-previous = previous question
h-skip = skip (optional questions)
h-click = select / scroll
h-move_item = move the highlighted item up / down
h-accept_order = accept the order and go on
h-yes_no = yes / no
h-switch = switch
h-lower_higher = lower / higher
h-pick_value = type the value (1 then 0 is 10)
h-jump = jump a tenth of the scale
h-type_number = type a number
h-by_step = up / down by the step
h-cursor = move the cursor
h-delete_char_word = delete a character / a word
h-accept_empty = accept and go on (empty skips an optional question)
h-menu_quit = menu (quit from there)
h-quit = quit
h-suspend = pause (`fg` in the shell resumes)
h-edit = edit the answer (paste never submits)
h-delete_char = delete a character
h-delete_word = delete the word before the cursor
h-change = change the highlighted answer
h-see = see the recommendation
h-back_last = back to the last question
h-scroll = scroll
h-back_review = back to the review
h-export = export as Markdown
h-all_changes = every question whose change would change the result and every reason the others did not win, or the first few only
more_changes = …and { $n } more (a shows them)
h-open = open (resume, or results when complete)
h-filter = filter as you type
h-rename = rename
h-delete_asks = delete (asks first)
h-mark = mark for comparing
h-compare = compare the two marked sessions
h-back_start = back to the start
h-filter_by = filter by name, id or outcome
h-keep_filter = keep the filter
h-clear_filter = clear the filter
h-new_name = the new name
h-cancel = cancel
h-delete = delete
h-keep_it = keep it
h-close_compare = close the comparison


## Phrases with numbers and names (terminal interface)

too-small = terminal too small: need { $need }, have { $have }
question-of = Question { $position } of { $exact ->
        [yes] { $total }
       *[no] about { $total }
    }
resume-session = Resume “{ $name }” — question { $position } of { $exact ->
        [yes] { $total }
       *[no] about { $total }
    }
choose-exactly = Choose { $n }
choose-range = Choose { $min } to { $max }
choose-at-least = Choose at least { $min }
choose-up-to = Choose up to { $max }
chosen = { $n } chosen
none_chosen = none of them
number-range = from { $min } to { $max }
number-at-least = at least { $min }
number-at-most = at most { $max }
number-step = step { $step }
number-unit = in { $unit }
number-rule = A number { $parts } · ↑↓ adjust
characters = { $n ->
    [one] { $n } character
   *[other] { $n } characters
}
characters-of = { $max ->
    [one] { $n } / { $max } character
   *[other] { $n } / { $max } characters
}
more-lines = { $n ->
    [one] ↓ { $n } more line (↓ j PgDn)
   *[other] ↓ { $n } more lines (↓ j PgDn)
}
more-above = ↑ { $n } above
more-below = ↓ { $n } below
more-above-below = ↑ { $above } above · ↓ { $below } below
confirm-delete = Delete “{ $name }”? y deletes it for good, n keeps it.
marked = { $n } marked · Space marks two sessions, c compares them

## Messages after something the user did (terminal interface)

msg-untick-first = You can choose at most { $max }; untick one first.
msg-pick-one = Pick one first: move with ↑↓ or type its number.
msg-pick-one-optional = Pick one first (↑↓ or its number), or press { $skip } to skip this question.
msg-required-confirm = An answer is required: press { $yes } or { $no }.
msg-required-scale = An answer is required: pick a value with ← → or a digit.
msg-required = An answer is required to go on.
msg-keep-order = This is the order as first shown, not yours yet: move items with K/J or Shift-↑↓, or press Enter again to keep it.
msg-cannot-skip = This question needs an answer; it cannot be skipped.
msg-answer-first = Answer this question first to see the recommendation.
msg-confirm-carried = This retake goes through your earlier answers one by one before its recommendation: press Enter to keep each, or change it.
msg-not-saved = Not saved: { $reason }. Your answers are kept while careerpath runs.
msg-quit-unsaved = Your latest answers are not saved. Press q again to quit without them{ $retry ->
    [yes] , or keep going: each answer tries to save again
   *[no] {""}
}. Why: { $reason }.
msg-exported = Exported to { $path }
msg-export-failed = Export failed: { $reason }
msg-cannot-compare = Cannot compare: { $reason }
msg-not-deleted = Not deleted: { $reason }
msg-cannot-open = This file cannot be opened: { $reason }
msg-other-questionnaire = answered with questionnaire `{ $id }`: open it with careerpath --questions FILE
msg-mark-two = Mark two sessions with Space, then press c to compare them.
msg-no-data-dir = sessions are not available: no data directory
msg-not-renamed = this session is open in another careerpath; not renamed
msg-questionnaire-changed = The questionnaire changed since this session: { $what }.
msg-kept-aside = { $n ->
    [one] { $n } answer to a removed question is kept aside (see the review)
   *[other] { $n } answers to removed questions are kept aside (see the review)
}
msg-asked-again = { $n ->
    [one] { $n } question changed and will be asked again
   *[other] { $n } questions changed and will be asked again
}
msg-reevaluated = the saved result came from version { $was }; it is re-evaluated with version { $now }
msg-reloaded = The questionnaire changed and was reloaded.
msg-reload-failed = { $more ->
    [0] Not reloaded: { $first }; showing the last version that loaded
   *[other] Not reloaded: { $first } (and { $more } more); showing the last version that loaded
}
msg-at-line = line { $line }, column { $col }: { $what }

## Words inside key names ("Shift-Tab", "PgUp PgDn", "type or paste"), one word each

keyname-Space = Space
keyname-Enter = Enter
keyname-Shift = Shift
keyname-Backspace = Backspace
keyname-Delete = Delete
keyname-Home = Home
keyname-End = End
keyname-PgUp = PgUp
keyname-PgDn = PgDn
keyname-click = click
keyname-wheel = wheel
keyname-any = any
keyname-other = other
keyname-key = key
keyname-type = type
keyname-or = or
keyname-paste = paste

## Plain mode

plain-yes-or-no = Type y (yes) or n (no).
plain-commands = Commands: `back` returns to the previous question, `skip` skips an optional question, `help` shows this help, `quit` saves and stops.
plain-commands-unsaved = Commands: `back` returns to the previous question, `skip` skips an optional question, `help` shows this help, `quit` stops (nothing is being saved).
plain-one-number = Type one number from 1 to { $n }.
plain-several-numbers = Type the numbers (1 to { $n }) of every one that applies, separated by commas, for example { $example }.
plain-several-numbers-or-none = Type the numbers (1 to { $n }) of every one that applies, separated by commas, for example { $example }; or `none`.
plain-a-number = Type a number, for example { $examples }.
plain-or = { " " }or{ " " }
plain-rank-numbers = Type all { $n } numbers, most important first, separated by commas, for example { $example }.
plain-whole-number = Type a whole number from { $min } to { $max }.
plain-keep = Press Enter to keep: { $label }.
plain-default = Press Enter for the default: { $label }.
plain-keep-skipped = Press Enter to leave it unanswered, as before.
plain-optional = Optional: `skip` leaves it unanswered.
plain-required = This question needs an answer.
plain-first-question = This is the first question.
plain-not-saved-here = This session is open in another careerpath: you can go through it here, but your answers will not be saved.
plain-cannot-save = Warning: the session could not be saved ({ $reason }). Your answers are kept until you quit.
plain-saved-as = Saved as { $name } ({ $id }).
plain-saved-as-resume = Saved as { $name } ({ $id }). Continue with: { $resume }
plain-input-ended = The input ended before the questionnaire did.
plain-stopped-trying = Stopped: { $n } lines in a row did not answer this question, so the input does not seem to be answering it.
plain-output-closed = The output closed before the questionnaire ended.
plain-nothing-saved = Nothing was answered, so nothing was saved.
plain-unsaved = The answers of this session were not saved.
plain-result-unsaved = Your answers are saved in { $name } ({ $id }), but the result could not be; finish it with: { $resume }
plain-partly-saved = Your latest answers were not saved. Those saved before them are in { $name } ({ $id }); continue with: { $resume }
plain-resuming = Resuming { $name }: { $answered } of { $exact ->
        [yes] { $total }
       *[no] about { $total }
    } questions answered.
plain-changed = The questionnaire changed since this session (now version { $version }): { $aside ->
    [one] { $aside } answer
   *[other] { $aside } answers
} set aside, { $again ->
    [one] { $again } question
   *[other] { $again } questions
} to answer again.
plain-answer-again = The question changed; your earlier answer was: { $before }.
plain-from-to = From { $min } to { $max }.
plain-at-least = At least { $min }.
plain-at-most = At most { $max }.
plain-choose-alone = Choice { $n } ({ $label }) goes on its own.
plain-max-chars = At most { $n } characters.
plain-not-accepted = Not accepted: { $reason }. { $allowed }
plain-line-too-long = That line is too long.

## What people type as answers, comma-separated (English `y` and `yes` work in any language)

answer-yes = y, yes, true
answer-no = n, no, false
answer-none = none, -
# The mark between a number's whole part and its decimals when people type one.
decimal-separator = .

## Why an answer was refused (no final full stop: what is allowed may follow)

refusal-required = this question needs an answer
refusal-pick-one = pick one of the choices first
refusal-not-a-number = `{ $text }` is not a number
refusal-not-whole = { $n } is not a whole number
refusal-not-a-choice = `{ $text }` is not one of the choices (1 to { $count })
refusal-repeated = choice { $n } ({ $label }) is chosen twice
refusal-exclusive = choice { $n } ({ $label }) goes only on its own: untick the others, or untick it
refusal-too-few = choose at least { $min } (you have { $have })
refusal-too-many = choose at most { $max } (you have { $have })
refusal-rank-missing = the order leaves out { $items }
refusal-not-yes-no = `{ $text }` is neither yes nor no
refusal-scale-range = pick a value from { $min } to { $max }
refusal-at-least = enter at least { $n }
refusal-at-most = enter at most { $n }
refusal-off-step = use steps of { $step } from { $from }
refusal-too-long = at most { $max } characters (you have { $have })
refusal-pattern = the text must match `{ $pattern }`
refusal-wrong-type = that is not an answer to this question

## Session names

# "Session of 27 Nov 2026 20:14"
session-default-name = Session of { $day } { $month } { $year } { $time }
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## Why not the others (src/report/why_not.rs builds the sentences).
why_not = Why not the others
or = or
wn-quoted = “{ $v }”
wn-closest = { $outcome }: the closest rule, `{ $rule }`, needs:
wn-closest_below = { $outcome }: the closest rule, `{ $rule }`, ranks below `{ $by }`, which decided; it needs:
wn-closest_fallback = { $outcome }: the fallback gives it when no rule matches, and `{ $by }` matched; the closest rule that gives it, `{ $rule }`, needs:
wn-closest_below_fallback = { $outcome }: the fallback gives it when no rule matches, and `{ $by }` matched; the closest rule that gives it, `{ $rule }`, ranks below `{ $by }` and needs:
wn-outranked_priority = { $outcome }: rule `{ $rule }` holds too, but `{ $by }` decided: its priority is higher ({ $high } against { $low }).
wn-outranked_tie = { $outcome }: rule `{ $rule }` holds too, but `{ $by }` decided: it has the same priority and is written first.
wn-outranked_first = { $outcome }: rule `{ $rule }` holds too, but `{ $by }` decided: it is written first.
wn-fallback = { $outcome }: only the fallback gives it, taken only when no rule matches.
wn-fallback_top = { $outcome }: only the fallback gives it, taken only when no rule matches and the ranking has no clear lead.
wn-unreachable = { $outcome }: no rule gives it.
wn-ranked = { $outcome }: given when { $dimension } ranks { $one ->
        [yes] at the top
       *[no] among the top { $count }
    }, which needs:
wn-ranked_by = no rule to decide first, but `{ $by }` did
wn-ranked_rank = { $dimension } { $one ->
        [yes] at the top
       *[no] among the top { $count }
    } (at least { $cut }); it ranks { $rank } with { $score }{ $level ->
    [0] {""}
    [1] , level with one other
   *[other] , level with { $level } others
}
wn-ranked_tied = { $dimension } ties with { $first } at { $score }, and the questionnaire's order (`ties: order`) put { $first } { $one ->
        [yes] at the top
       *[no] among the top { $count }
    }
wn-ranked_spread = the highest and lowest scores at least { $min } apart; they are { $spread } apart
wn-ranked_spread_any = scores that are not all equal; they are
wn-score_of = the { $dimension } score
wn-in = { $subject } to be one of { $values }
wn-not_in = { $subject } to be none of { $values }
wn-includes = { $subject } to include { $value }
wn-excludes = { $subject } not to include { $value }
wn-answered = an answer to { $subject }
wn-unanswered = { $subject } left unanswered
wn-holds = { $expr } to hold
wn-fails = { $expr } not to hold
wn-you_answered = you answered { $answer }
wn-you_did_not_answer = you did not answer it
wn-not_asked = it was not asked
wn-not_asked_because = it was not asked, because of your answer to { $questions }
wn-yours_is = yours is { $value }
wn-it_is = it is { $value }
wn-no_value = it has no value
wn-from_answers = from your answer to { $questions }
wn-found = found { $reads }

## Roadmap progress, retake and import (src/report/progress.rs, src/commands/roadmap.rs).
cli-col-roadmap = ROADMAP
roadmap-state-done = done
roadmap-state-in_progress = in progress
roadmap-state-skipped = skipped
roadmap-state-not_started = not started
roadmap-counts = { $done } of { $total } done
roadmap-counts_in_progress = { $n } in progress
roadmap-counts_skipped = { $n } skipped
roadmap-overall = Overall
roadmap-progress = Progress
roadmap-heading = Roadmap of “{ $name }” ({ $id }): { $outcome }
roadmap-how_to_mark = To mark an item: { $command } done|start|skip|reset STEP[.ITEM] (for example `{ $command } done 1.1`)
roadmap-marked = { $target } “{ $text }”: { $state }. Roadmap of { $id }: { $counts }.
roadmap-unfinished = session { $id } is not finished, so it has no roadmap yet; finish it with `{ $command }`
roadmap-none_complete = there is no finished session yet; answer the questionnaire with `careerpath` first
roadmap-none_readable = there is no finished session that can be read; { $count ->
        [one] one saved session is damaged
       *[other] { $count } saved sessions are damaged
    }, and `careerpath sessions list` says why
roadmap-empty = the result of session { $id } has no roadmap
roadmap-no_items = say which items: STEP (every item of a step) or STEP.ITEM, for example `{ $example } 1.2`
roadmap-unknown_action = `{ $action }` is not something to do with roadmap items: done, start, skip or reset
roadmap-bad_target = `{ $target }` is not a roadmap position: write STEP or STEP.ITEM, like 2 or 2.3
roadmap-no_stage = there is no step { $asked }: the roadmap has steps 1 to { $last }
roadmap-no_item = step { $stage } has no item { $asked }: its items are { $stage }.1 to { $stage }.{ $last }
roadmap-target_unfinished = the session is not finished, so it has no roadmap yet
roadmap-target_empty = the roadmap is empty
roadmap-outdated = The questionnaire changed since this result; its roadmap is shown as the questionnaire has it now.
retake-started = Retaking { $old } as the new session { $new }: your earlier answers are pre-selected; change what changed.
roadmap-read_only = This session is open in another careerpath: its roadmap progress cannot be changed here.
roadmap-short = roadmap { $counts }
import-complete = Imported { $file } as the finished session { $id }.
import-answers_only = note: a JSON report carries the answers only, not the session's name, dates or roadmap marks; `sessions export ID --format yaml` moves a whole session
import-partial = Imported { $file } as session { $id }, not finished ({ $answered } of { $total } answered); finish it with `{ $command }`.
f-retake = retake
f-roadmap_mark = roadmap
h-roadmap_item = highlight the next / previous roadmap item
h-roadmap_done = mark the roadmap item done
h-roadmap_start = mark the roadmap item in progress
h-roadmap_skip = mark the roadmap item skipped
h-roadmap_reset = mark the roadmap item not started
h-retake = answer this session again as a new one (its answers pre-selected, its roadmap progress kept)


## Diagnostics: what the loader, the linter, the expression checker, the answers-file reader
## and the test runner tell a questionnaire's author (src/questionnaire, src/expr, src/yaml,
## src/testing). Ids are `diag-<code>-…`; identifiers, YAML keys and expressions stay as written.

# The words around every diagnostic: `file:1:2: error[code]: …` and `= help: …`.
diag-error = error
diag-warning = warning
diag-help = help

# The loader (src/questionnaire/load): ids, keys, ranges, templates, rules, words.
diag-bad-id-rule = ids start with an ASCII letter or `_`, then ASCII letters, digits, `_` or `-`
diag-bad-id =
    `{ $id }` is not a valid { $what ->
    [outcome] outcome
    [rule] rule
    [note] note
    [derived] derived value
    [section] section
    [choice] choice value
    [dimension] dimension
   *[question] question
    } id
diag-duplicate-id =
    { $what ->
    [rule] rule
    [note] note
    [section] section
   *[question] question
    } `{ $id }` is defined twice
diag-duplicate-id-first = the first is at line { $line }
diag-did-you-mean = did you mean `{ $name }`?
diag-expr-check-computed =
    `{ $name }` is { $what ->
    [score] a score
   *[derived] a derived value
    }, which cannot be used here
diag-expr-check-computed-help = scores and derived values are computed once every question is answered, so a question's `visible_if`, `constraint` and `score_if` read answers only
diag-expr-type-condition = expected a condition ({ $want }), found { $found }
diag-expr-type = expected { $want }, found { $found }
diag-type-bool = a boolean
diag-type-number = a number
diag-type-text = a text
diag-type-list = a list of { $of }
diag-type-bools = boolean
diag-type-numbers = number
diag-type-texts = text
diag-type-lists = list of { $of }
diag-unknown-dimension = unknown dimension `{ $dim }`
diag-unknown-dimension-help = the dimensions are { $known }
diag-bad-score = expected points from -{ $max } to { $max }, found { $found }
diag-not-integer = expected a whole number, found { $found }
diag-bad-range-integer = expected a whole number from -{ $max } to { $max }, found { $found }
diag-key-not-allowed = `{ $key }` is not allowed on a `{ $kind }` question
diag-key-not-allowed-none = a `{ $kind }` question takes no type-specific keys
diag-key-not-allowed-help = a `{ $kind }` question takes { $keys }
diag-exclusive-not-multi = `exclusive` is only for the choices of a `multi` question, not a `{ $kind }` one
diag-exclusive-not-multi-help = only a `multi` question lets several choices be picked together
diag-bad-range-selection = selection limits must satisfy 0 <= min <= max <= { $n } (the number of choices), found min { $min }, max { $max }
diag-missing-field-scale = a `scale` question needs `min` and `max`
diag-bad-range-scale = `max` ({ $max }) must be greater than `min` ({ $min })
diag-bad-range-scale-steps = a scale has at most 1000 steps, found { $found }
diag-bad-range-scale-steps-help = use a `number` question for wide ranges
diag-bad-labels = a scale from { $min } to { $max } has { $points } points, so `labels` needs { $points } labels, found { $found }
diag-bad-labels-help = give one label per point, lowest first
diag-bad-range-finite = `{ $key }` must be a finite number, found { $found }
diag-bad-range-number = `max` ({ $max }) must not be less than `min` ({ $min })
diag-bad-range-step = `step` must be greater than 0, found { $found }
diag-unit-one-without-unit = `unit_one` is the unit after 1, so it needs `unit` for every other number
diag-unit-one-without-unit-help = add `unit` with the form after every other number, such as `unit: hours` beside `unit_one: hour`
diag-bad-range-max-len = `max_len` must be at least 1
diag-bad-pattern = the pattern is not a valid regular expression: { $why }
diag-reverse-without-score = `reverse` needs a `score` to reverse
diag-add-score = add `score: {"{"}dimension: 1{"}"}`
diag-offset-without-score = `offset` moves the answer a `score` weighs, and there is no `score`
diag-bad-number-offset = `offset` must be a finite number
diag-number-limit = `{ $key }` must be from -{ $max } to { $max }, so that sums of answers stay exact, found { $found }
diag-answer-points-limit = an answer to `{ $id }` can give `{ $dim }` { $found } points, and one answer may give at most { $max }
diag-answer-points-limit-help = lower the weight, or narrow `min` and `max`
diag-score-needs-bounds = `{ $id }` scores its answer, so it needs both `min` and `max`
diag-missing-field-choices = a `{ $kind }` question needs `choices`
diag-no-choices = `choices` is empty
diag-bad-id-numbered = { $rule }; for answers numbered like `{ $value }`, write a `scale` question with `min`, `max` and `labels`
diag-duplicate-choice = choice `{ $value }` appears twice in question `{ $question }`
diag-bad-code = a profile code is one or more printable characters
diag-unknown-outcome = unknown outcome `{ $outcome }`
diag-outcome-without-top = dimension `{ $id }` has an `outcome`, which only `policy: top` uses
diag-outcome-without-top-help = set `decision.policy: top`, or remove the `outcome`
diag-missing-top = `policy: top` needs a `top` block
diag-missing-top-help = add `top: {"{"}count: 1, ties: order, because: ...{"}"}` under `decision`
diag-top-without-policy = `top` is only used with `policy: top`
diag-bad-range-count = `count` must be from 1 to { $n } (the number of dimensions), found { $found }
diag-bad-range-min-spread = `min_spread` must be a number of 0 or more
diag-no-questions = `sections` is empty; at least one question is needed
diag-empty-section = section `{ $id }` has no questions
diag-bad-id-questionnaire = `{ $id }` is not a valid questionnaire id
diag-bad-id-questionnaire-help = a questionnaire id uses lowercase letters, digits, `_` and `-`
diag-bad-version = the version must be 1 or more
diag-no-dimensions = `dimensions` is empty; at least one is needed
diag-visible-if-self = `visible_if` of `{ $name }` refers to the question itself
diag-visible-if-later = `visible_if` refers to `{ $name }`, which is asked later (line { $line })
diag-visible-if-later-help = a question's condition may only use answers given before it
diag-bad-default = the default does not fit question `{ $id }`: { $why }
diag-bad-lang = `{ $lang }` is not a language code
diag-bad-lang-help = use a code such as `zh`, `pt-BR` or `ja`
diag-duplicate-lang-help = the case of a language code does not matter: `{ $lang }` is given already
diag-missing-translation = this text has no `{ $lang }` translation, which other texts have
diag-missing-translation-help = a reader in `{ $lang }` sees it in `{ $shown }`; add `{ $lang }: ...`
diag-unknown-word = unknown message id `{ $id }` in `words.{ $lang }`
diag-unknown-word-help = the ids are those of i18n/en.ftl in careerpath's source
diag-bad-word = `words.{ $lang }.{ $id }`: { $why }
diag-bad-word-empty = the text is empty
diag-bad-word-not-fluent = the text is not a Fluent pattern: { $why }
diag-bad-word-not-one = the text is not one Fluent pattern
diag-bad-word-no-values = `{ $id }` takes no values, not `{ $value }`
diag-bad-word-unknown-value = `{ $id }` has no value `{ $value }`; it has { $values }
diag-reserved-name = `score` is reserved for the dimensions' scores (`score.<dimension>`); give this derived value another name
diag-derived-same-as-question = derived value `{ $name }` has the same name as a question
diag-bad-range-shown = `max` ({ $max }) must be a finite number greater than `min` ({ $min })
diag-derived-cycle = derived value `{ $name }` depends on itself: { $cycle }
diag-no-outcomes = `outcomes` is empty; at least one is needed
diag-empty-condition = `{ $key }` is empty
diag-bad-template-no-labels = `{ $shown }`: `{ $name }` is a `{ $kind }` question without labels; only choice questions and scales with `labels` have them
diag-bad-template-no-labels-help = write `{"{"}{ $name }{"}"}` for the answer itself
diag-bad-template-unknown = unknown placeholder `{ $shown }`
diag-bad-template-unknown-help = placeholders name a question (`{"{"}id{"}"}`, `{"{"}id.label{"}"}`), a score (`{"{"}score.dim{"}"}`) or a derived value; write `{"{{"}` for a literal brace
diag-unknown-outcome-help = the outcomes are { $known }
diag-default-with-when = the default rule `{ $id }` must not have a `when`
diag-default-with-when-help = the default rule applies when no other rule does
diag-missing-when = rule `{ $id }` has no `when`
diag-missing-when-help = give it a condition, or mark it `default: true` if it is the fallback
diag-no-default-rule = no default rule: exactly one rule needs `default: true`
diag-no-default-rule-help = add a last rule with `default: true`, an `outcome` and a `because`, and no `when`
diag-several-default-rules = rule `{ $id }` is a second default rule
diag-several-default-rules-help = exactly one rule may have `default: true`; the first is at line { $line }
diag-bad-hours = `hours` must be a positive number of hours (at most 100000), found { $found }
diag-expr-type-margin = a margin is a number, found { $found }
diag-hours-question-not-numeric = `{ $id }` is not a number or scale question, so it cannot give hours per week
diag-unknown-question = unknown question `{ $id }`
diag-bad-range-horizon = `horizon_weeks` must be between 1 and 1040, found { $found }
diag-missing-field-hours = `plan` sizes roadmaps by their steps' `hours`, but no step has `hours`
diag-bad-range-confidence = confidence thresholds need 0 < leaning <= clear, found leaning { $leaning } and clear { $clear }

# Answers files (src/questionnaire/load/answers.rs).
diag-answers-shape = an answers file looks like `answers: {"{"}question_id: value, ...{"}"}`
diag-no-answers = no `answers` map in this file
diag-no-answers-questionnaire = this looks like a questionnaire: pass it with `--questions FILE`, and the answers with `--answers`
diag-null-answer = question `{ $id }`: expected an answer, found null
diag-null-answer-help = leave the line out to leave the question unanswered
diag-bad-answer = question `{ $id }`: { $why }
diag-hidden-answer-condition = : its condition `{ $condition }` does not hold
diag-hidden-answer = question `{ $id }` is not asked with these answers{ $condition }
diag-hidden-answer-help = leave this answer out, or change the answers its condition reads
diag-bad-answer-quote = YAML reads this as a number or boolean; quote it to make it a text
diag-bad-answer-yaml-bool = YAML 1.2 reads `{ $text }` as a text; write `true` or `false`

# Shapes our own readers refuse, and templates (src/questionnaire/raw, template.rs).
diag-empty-condition-map = empty condition: expected one key `all`, `any` or `not`
diag-condition-two-keys = a condition has one key (`all`, `any` or `not`), found `{ $key }` and `{ $extra }`; nest them instead
diag-bad-template-unclosed = `{"{"}` is never closed
diag-bad-template-brace-help = write `{"{{"}` for a literal brace
diag-bad-template-not-placeholder = `{"{"}{ $inner }{"}"}` is not a placeholder
diag-bad-template-not-placeholder-help = placeholders are `{"{"}question{"}"}`, `{"{"}question.label{"}"}`, `{"{"}score.dimension{"}"}` or `{"{"}derived{"}"}`; write `{"{{"}` for a literal brace
diag-bad-template-unopened = `{"}"}` without a matching `{"{"}`
diag-bad-template-close-brace-help = write `{"}}"}` for a literal brace

# YAML: syntax, and values of the wrong shape (src/yaml).
diag-tab-indent = tab character in indentation
diag-odd-indent = invisible character { $code } in the indentation (a no-break or other special space)
diag-odd-indent-help = YAML indents with plain spaces only: retype this line's indentation with spaces
diag-tab-indent-help = YAML indents with spaces only; replace the tab with spaces
diag-yaml-indentation-help = check this line's indentation against the lines above
diag-yaml-backtick = a backtick
diag-yaml-reserved = { $char } cannot start a value written without quotes
diag-yaml-reserved-help = put the value in quotes: `"..."`
diag-yaml-mismatched = this `{ $open }` is closed by a `{ $close }`
diag-yaml-mismatched-help = close a `[` with `]` and a `{"{"}` with `{"}"}`
diag-yaml-expected-comma = expected `,` or `{ $close }` here
diag-yaml-expected-comma-help = the `{ $open }` opened at line { $line } column { $col } is not closed
diag-yaml-unclosed = this `{ $open }` is not closed
diag-yaml-unclosed-help = close it with `{ $close }`
diag-yaml-mapping-value = found `: ` where no mapping can start
diag-yaml-mapping-value-help = a value that holds `: ` needs quotes (`title: "a: b"`); otherwise check this line's indentation against the lines above
diag-yaml-expected-item = expected a `- ` list item at this indentation
diag-yaml-expected-key = expected a `key: value` line at this indentation
diag-yaml-expected-colon = expected `:` after `{ $token }`
diag-yaml-expected-colon-help = each line of a mapping is `key: value`; if this line belongs to the one above, check its indentation
diag-yaml-unclosed-quote = this quoted text is not closed
diag-yaml-unclosed-quote-help = end it with the quote it starts with, `"` or `'`
diag-yaml-after-single-quote = more text after the closing `'` of a quoted value
diag-yaml-after-single-quote-help = inside single quotes write `''` for each `'` (`'it''s'`), or use double quotes
diag-yaml-after-double-quote = more text after the closing `"` of a quoted value
diag-yaml-after-double-quote-help = inside double quotes write `\"` for each `"`, or use single quotes
diag-yaml-unknown-escape = unknown escape in double-quoted text
diag-yaml-unknown-escape-help = write `\\` for a backslash (or `\n`, `\"`), or use single quotes, where `\` is just a character
diag-yaml-anchor-name = an anchor `&` or an alias `*` needs a name right after it
diag-yaml-anchor-name-help = name a value with `&name value`, then repeat it with `*name`
diag-yaml-control = the control character `{ $char }` is not allowed
diag-yaml-control-help = remove it: of the control characters, YAML allows only tabs and line breaks
diag-yaml-closes-nothing = this `{ $close }` closes no `{ $open }`
diag-yaml-closes-nothing-help = remove it, or put the value in quotes if its text starts with it
diag-yaml-tag = `{ $tag }` starts with `!`, which YAML reads as a tag, not as text
diag-yaml-tag-help = put the value in quotes (`"{ $tag } ..."`): no value of this format takes a tag
diag-yaml-tag-expr = YAML reads `{ $tag }` here as a tag, not as "not", and drops it from the expression
diag-yaml-tag-expr-help = put the whole expression in quotes: `"{ $tag } { $expr }"`
diag-names-none = nothing
diag-names-two = { $a } or { $b }
diag-names-many = one of { $names }
diag-expected-questionnaire = a questionnaire: a mapping with `id`, `version`, `title`, `dimensions`, `sections`, `decision` and `outcomes`
diag-expected-answers-file = an answers file: a mapping with an `answers` map
diag-expected-test-file = a test file: a mapping with a `cases` list
diag-a-mapping = a mapping
diag-a-map = a map
diag-a-list = a list
diag-a-string = a string
diag-a-number = a number
diag-a-single-value = a single value
diag-expected-whole = a whole number from { $min } to { $max }
diag-expected-question-type = a question type: `single`, `multi`, `confirm`, `scale`, `number`, `text` or `rank`
diag-expected-policy = a policy: `first`, `priority` or `collect`
diag-expected-enum = one of the names this key takes
diag-found-number = the number { $value }
diag-found-text = the text { $value }
diag-found-boolean = the boolean { $value }
diag-found-nothing = nothing (`{ $token }`)
diag-expected-found = expected { $expected }, found { $found }
diag-empty-file = the file is empty
diag-empty-file-help = expected a YAML mapping, such as a questionnaire with `id`, `version`, `title`, `dimensions`, `sections`, `decision` and `outcomes`
diag-too-deep = the document nests too deeply (more than { $max } levels)
diag-unknown-field = unknown field `{ $field }`, expected { $expected }
diag-unknown-field-mean = ; did you mean `{ $name }`?
diag-unknown-field-answers = this looks like an answers file: check it with `careerpath evaluate --answers FILE`
diag-unknown-field-tests = this looks like a test file: run it with `careerpath test FILE`
diag-unknown-field-questionnaire = this looks like a questionnaire: check it with `careerpath validate FILE`; its tests go in `NAME.tests.yaml` beside it
diag-unknown-field-merge = YAML merge keys (`<<: *anchor`) are not supported; an alias may stand for a whole value
diag-unknown-value = unknown value `{ $value }`, expected { $expected }
diag-missing-key = missing key `{ $key }`
diag-several-documents = the file holds more than one YAML document (`---`); expected exactly one
diag-alias-limit = aliases expand to too many nodes
diag-alias-limit-help = YAML aliases (`*name`) may not be used to build huge documents
diag-unknown-anchor = { $alias } refers to an anchor that is not defined before it
diag-unknown-anchor-help = define the anchor first: `key: &name value`, then write `*name`
diag-number-too-large = `{ $token }` is too large to be a number (the largest is about 1.8e308)
diag-expected-bool = expected `true` or `false`, found `{ $token }`
diag-null-string = expected a string, found null
diag-null-string-help = write the text after the `:`, or leave the key out
diag-null-string-flow-help = inside `{"{"} {"}"}` a comma starts a new entry: put a text that holds a comma in quotes (`en: "one, two"`)
diag-recursive-alias = { $alias } is inside the value its anchor names
diag-recursive-alias-help = an alias repeats a value that is complete before it; it cannot contain itself
diag-alias-named = alias `{ $alias }`
diag-alias = alias
diag-duplicate-key = duplicate key `{ $key }`
diag-duplicate-key-help = each key may appear once in a mapping
diag-empty-text = expected a text: a string, or a map of language code to string, found an empty mapping

# Reading the file (src/input.rs).
diag-unreadable-dir = is a directory, expected a YAML file
diag-unreadable-special = is not a regular file (a device, FIFO or socket)
diag-too-large = the file is larger than { $mib } MiB
diag-not-utf8 = not valid UTF-8 at line { $line } col { $col } (byte { $byte })
diag-not-utf8-help = save the file as UTF-8

# `validate`'s closing line.
diag-summary =
    { $errors } { $errors ->
    [one] error
   *[other] errors
    }, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
    } in { $files } { $files ->
    [one] file
   *[other] files
    }

# The linter's warnings (src/questionnaire/lint).
diag-never-visible = question `{ $id }` is never shown: its `visible_if` `{ $condition }` can never hold
diag-never-visible-help = no combination of earlier answers makes it true
diag-never-visible-hidden = it depends on { $names }, which is never shown
diag-dead-question = question `{ $id }` affects nothing
diag-dead-question-help = it gives no points and no condition, derived value or reason uses its answer
diag-unused-dimension = no answer scores points in dimension `{ $id }`
diag-unused-dimension-help = give some choices or `score_if` entries points in it, or remove it
diag-unused-derived = derived value `{ $name }` is never used
diag-unused-derived-help = no condition, other derived value or reason reads it
diag-missing-in-conditional = derived `{ $derived }`: `{ $comparison }` is false when `{ $name }` has no value{ $reads }, so the conditional gives its last branch for a missing answer
diag-missing-in-conditional-reads = {" "}(it reads { $names }, which may have no answer)
diag-missing-in-conditional-help = guard it so a missing answer gives no value: `answered({ $first }) ? (...) : null`, or make { $names } required
diag-never-matches-rule = rule `{ $id }` can never match
diag-never-matches-note = note `{ $id }` can never show
diag-never-matches-help = no combination of answers makes its `when` hold
diag-unreachable-default = the default rule `{ $id }` never applies: rule `{ $by }` always matches
diag-shadowed-rule-first = under `policy: first` it is never reached
diag-shadowed-rule-priority = `{ $by }` has priority { $priority } (this rule { $this }) and wins
diag-shadowed-rule = rule `{ $id }` is shadowed by rule `{ $by }` (line { $line })
diag-shadowed-rule-help = whenever it matches, `{ $by }` matches too; { $why }
diag-unreachable-outcome-dead = outcome `{ $id }` is unreachable: the rules that produce it never apply
diag-unreachable-outcome = outcome `{ $id }` is unreachable: no rule produces it
diag-score-threshold =
    `{ $node }` { $verdict ->
    [always] always holds
   *[never] can never hold
    }: `{ $name }` ranges from { $min } to { $max }
diag-score-threshold-help = the range comes from every choice's and `score_if`'s points
diag-bound-threshold =
    `{ $node }` { $verdict ->
    [always] always holds
   *[never] can never hold
    }: `{ $name }` is { $range }
diag-answer-range-help = question `{ $name }` refuses answers outside its `min` and `max`
diag-derived-range-help =
    `{ $name }` is `{ $expr }`: its range follows from { $n ->
    [0] the numbers in it
    [one] the range of { $names }
   *[other] the ranges of { $names }
    }
diag-contradictory-bounds = `{ $a }` and `{ $b }` can never both hold
diag-contradictory-bounds-help = no value of `{ $name }` satisfies both, so what joins them with `&&` or `all:` never holds

# Answers that do not fit their question (src/questionnaire/check.rs, answer.rs).
diag-found-list =
    a list of { $n } { $n ->
    [one] item
   *[other] items
    }
diag-answer-wrong-type = expected { $expected }, found { $found }
diag-answer-expected =
    { $kind ->
    [single] one choice value (a text)
    [multi] a list of choice values
    [rank] a list of every choice value
    [confirm] `true` or `false`
    [scale] a whole number
    [number] a number
   *[text] a text
    }
diag-answer-unknown-choice = `{ $value }` is not one of the choices ({ $choices }){ $mean }
diag-answer-scale-label = `{ $label }` is a label of this scale: write its point, `{ $point }`
diag-answer-out-of-range = { $value } is out of range: expected { $range }
diag-not-finite = this number is too large to hold, or is not a number (`.inf`, `.nan`): write one up to about 1.8e308
diag-answer-not-whole = { $value } is not a whole number: expected { $range }
diag-answer-count = { $found } selected, expected { $expected }
diag-answer-repeated = `{ $value }` is chosen more than once
diag-answer-exclusive = `{ $value }` is picked only on its own, and other choices are picked with it
diag-answer-incomplete-rank = a ranking must order every choice exactly once ({ $missing })
diag-answer-step = { $value } is not a multiple of the step { $step } from the minimum
diag-answer-too-long = the text is { $len } characters long, at most { $max } are allowed
diag-answer-pattern = the text does not match the pattern `{ $pattern }`
diag-answer-required = an answer is required
diag-range-between = { $min } to { $max }
diag-range-at-least = at least { $min }
diag-range-at-most = at most { $max }
diag-range-any = any number
diag-count-exactly = exactly { $n }
diag-count-at-least = at least { $n }
diag-count-between = { $min } to { $max }
diag-rank-missing = missing { $values }

# The expression language (src/expr): lexer, parser, checker.
diag-expr-end = end of expression
diag-expr-space = a space
diag-expr-expected-op = expected `{ $want }`, found `{ $found }`
diag-expr-equality-help = equality is written `==`
diag-expr-equals-last-help = the `=` goes last
diag-expr-and-help = "and" is written `&&`
diag-expr-or-help = "or" is written `||`
diag-expr-comment-help = expressions have no comments
diag-expr-dot-help = a number needs a digit before `.`, and a name a letter
diag-expr-curly-quote-help = quote strings with straight quotes: 'like this'
diag-expr-non-ascii-help = names use only ASCII letters, digits and `_`
diag-expr-unexpected-char = unexpected character `{ $char }`, expected an operand or an operator
diag-expr-unterminated = unterminated string: expected a closing `{ $quote }`, found end of expression
diag-expr-unknown-escape = unknown escape { $found } in a string, expected one of `\\` `\'` `\"` `\n` `\t` `\r`
diag-expr-expected-digit = expected a digit after `{ $number }`, found { $found }
diag-expr-number-too-large = number `{ $number }` is too large
diag-expr-expected-name = expected a name after `.`, found { $found }
diag-expr-word-operator = expected an operator or operand, found `{ $word }`
diag-expr-word-operator-help = write `{ $instead }` instead of `{ $word }`
diag-expr-extra-paren-help = this `)` closes no `(`
diag-expr-expected-operator = expected an operator, found { $found }
diag-expr-too-deep = expression nests deeper than { $max } levels
diag-expr-too-deep-help = each parenthesis, operator and function call is a level; split the expression with derived values
diag-expr-too-deep-sum-help = each `+` is a level; add many values with `sum(a, b, c, ...)` instead
diag-expr-expected-colon = expected `:` to go with the `?` after `{ $cond }`, found { $found }
diag-expr-expected-colon-help = a conditional is written `condition ? if_true : if_false`
diag-expr-expected-operand = expected an operand, found { $found }
diag-expr-unclosed =
    expected { $comma ->
    [yes] `,` or `{ $closer }`
   *[no] `{ $closer }`
    } to close the `{ $open }` at column { $col }, found { $found }
diag-expr-functions = the functions are { $names }
diag-expr-unknown-function = unknown function `{ $name }`
diag-expr-arity =
    `{ $func }()` takes { $variadic ->
    [yes] one or more arguments
   *[no] 1 argument
    }, found { $found }
diag-expr-answered-arg = `answered()` takes a question id, found `{ $found }`
diag-expr-ty =
    { $ty ->
    [null] null
    [any] a value
    [bool] a boolean
    [number] a number
    [string] a string
   *[list] a list
    }
diag-expr-ty-plural =
    { $ty ->
    [null] nulls
    [any] values
    [bool] booleans
    [number] numbers
    [string] strings
   *[list] lists
    }
diag-expr-named = `{ $name }` ({ $ty })
diag-expr-always-null = this expression is always `null`
diag-expr-list-types = list items must all have one type, found { $found } after { $after }
diag-expr-needs = `{ $op }` needs { $want }, found { $found }
diag-expr-numbers-or-strings = numbers or strings
diag-expr-cond-not-bool = the condition before `?` needs a boolean, found { $found }
diag-expr-cond-types = both sides of `:` must have one type, found { $a } and { $b }
diag-expr-unknown-name = unknown name `{ $name }`
diag-expr-unquoted-choice-help = to compare with the choice `{ $name }`, quote it: '{ $name }'
diag-expr-dashed-name = `{ $name }` reads as a subtraction: a name with `-` cannot be used in an expression
diag-expr-dashed-name-help = rename `{ $name }` to `{ $renamed }` (ids used in expressions take `_`, not `-`)
diag-expr-compare = cannot compare { $a } with { $b }
diag-list-from-text-help = write a list as `[a, b, c]`, or one `- item` per line; a text that holds a comma goes in quotes
diag-expr-quoted-number-help = `'{ $n }'` in quotes is text: write the number without them, `{ $n }`
diag-expr-ascii-op-help = write the operator as `{ $op }`
diag-expr-choice-order = `{ $op }` compares spelling, and the choices of `{ $name }` have no order
diag-expr-choice-order-help = list the choices that hold with `{ $name } in ['a', 'b']`, or compare a score the choices give
diag-expr-in-list = `in` needs a list on its right, found { $found }
diag-expr-in-types = cannot look for { $a } in { $b }, which holds { $items }
diag-expr-not-a-choice = `{ $value }` is not a choice of `{ $name }` (choices: { $choices })
diag-expr-not-a-text = `{ $value }` is never the value of `{ $name }`, which gives { $choices }
diag-expr-answered-not-question = `answered()` takes a question id, and `{ $name }` is not a question
diag-expr-answered-not-question-help = scores and derived values always have a value; compare them instead
diag-expr-call-needs =
    `{ $func }()` needs { $want ->
    [sized] a list or a string
    [bools] a list of booleans (`[a > 3, b == 'x']`)
   *[number] a number
    }, found { $found }

# Test files and their runner (src/testing).
diag-no-questionnaire = cannot tell which questionnaire these cases test
diag-no-questionnaire-help = name it with `questionnaire: FILE`, or call the file NAME.tests.yaml beside NAME.yaml
diag-test-file-shape = a test file looks like `cases: [{"{"}name: ..., answers: {"{"}...{"}"}, expect: {"{"}outcomes: [...]{"}"}{"}"}]`
diag-no-cases = `cases` is empty; at least one case is needed
diag-empty-name = a case needs a name
diag-empty-name-help = say in one line who this person is and why they get this result
diag-duplicate-case = case `{ $name }` is defined twice
diag-empty-expect = `expect` checks nothing
diag-empty-expect-help = give at least one of `outcomes`, `rules`, `notes`, `no_notes`, `scores`, `asked`, `not_asked`, `incomplete`
diag-incomplete-conflict = `{ $key }` cannot be checked on a case with `incomplete: true`
diag-incomplete-conflict-help = an incomplete case is not evaluated; check it with `asked` or `not_asked`, or answer every required question
diag-test-dimensions = the dimensions and derived values are: { $names }
diag-empty-list =
    expected at least one { $what ->
    [outcome] outcome
    [rule] rule
    [note] note
    [score] score
   *[question] question
    }
diag-empty-list-help = an empty `{ $key }` checks nothing: list what must hold, or leave `{ $key }` out
diag-unknown-id =
    unknown { $what ->
    [outcome] outcome
    [rule] rule
    [note] note
   *[question] question
    } `{ $id }`
diag-listed-twice =
    { $what ->
    [outcome] outcome
    [rule] rule
    [note] note
   *[question] question
    } `{ $id }` is listed twice
diag-contradiction = `{ $id }` is in both `{ $a }` and `{ $b }`
diag-test-listed =
    { $what ->
    [asked] asked after all
   *[not-asked] not asked
    }: { $ids }
diag-test-complete = every required question is answered, so evaluating is not refused
diag-test-state =
    { $complete ->
    [yes] complete
   *[no] incomplete
    }
diag-test-incomplete = evaluating is refused: required questions are unanswered: { $ids }
diag-test-incomplete-partial = required questions are unanswered: { $ids }
diag-test-unanswered = unanswered: { $id }
diag-test-outcomes = expected outcome { $want }, got { $got }
diag-test-rules = expected the deciding rules { $want }, got { $got }
diag-test-notes-missing = did not appear: { $ids }
diag-test-notes-unwanted = appeared: { $ids }
diag-test-no-score = none
diag-test-scores = the score of { $dims } differs
diag-test-head =
    { $file }: { $n } { $n ->
    [one] case
   *[other] cases
    } against { $questionnaire }
diag-test-summary = { $passed } passed, { $failed } failed
diag-test-coverage = coverage: { $percent }% ({ $reached } of { $total } reached)
diag-test-not-reached = not reached: { $ids }

# Files that cannot be read (LoadError), the YAML writer, what serde expected.
diag-missing-file = no such file
diag-missing-tested = no such file; { $tests } tests it: name the questionnaire to test with `questionnaire:` in the test file, or with --questions FILE
diag-builtin-damaged = this build's embedded questionnaire does not decode ({ $why }); reinstall careerpath
diag-yaml-write = cannot write YAML: { $why }
diag-expecting-condition = an expression, or a mapping with one key `all`, `any` or `not`
diag-expecting-text = a text: a string, or a map of language code to string
diag-expecting-answer = an answer: true or false, a number, a text, or a list of texts
diag-expecting-derived = an expression, or a mapping with `expr`, `label`, `min` and `max`
diag-expecting-texts = a text, or a map of language codes to texts

# `test --min-coverage` and `validate --watch`.
diag-test-min-coverage = coverage of { $file } is { $percent }%, below the minimum of { $min }%
diag-watch-needs-file = --watch needs a file: `careerpath validate FILE --watch` (the built-in questionnaire does not change)
diag-watch-changed = { $files } changed; checking again
diag-watch-watching = watching { $files } for changes (Ctrl-C to stop)
