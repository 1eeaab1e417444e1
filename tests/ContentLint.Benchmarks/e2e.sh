#!/usr/bin/env bash
# End-to-end speed of contentlint, in one run on one generated corpus, against the targets of issue 19 (the tool as
# `dotnet tool install` gives it on linux-x64: the Native AOT build):
#   20,000 articles (~100 MB): contentlint (full built-in pack, SARIF to a file) <= 5.0 x ripgrep (rg -F -i -f phrases)
#   one file:                  contentlint lint one.md <= 4.0 x a hello-world app published the same way
#   --cache, unchanged corpus: <= 2.0 x ripgrep
#   200,000 articles (~1 GB), as files and as one JSONL file: time linear from the 20,000 run (+-20 %), peak memory < 300 MB
# Prints wall times (median of RUNS runs, hyperfine), CPU times, MB/s, ratios and peak memory (/usr/bin/time -v).
#
# Settings (environment):
#   ARTICLES=20000       articles in the main corpus
#   RUNS=5               runs per command (median); startup commands run 4 x RUNS
#   LARGE=0              200000 to also time the large legs (files, and JSONL when the tool reads JSONL)
#   RUNS_LARGE=$RUNS     runs per large-leg command (each under /usr/bin/time -v: wall, CPU and peak memory at once)
#   JOBS=                pass --jobs N to contentlint (default: the tool's own default, the number of cores)
#   PUBLISH_ARGS=        extra 'dotnet publish' arguments, given to the tool and the hello-world app alike
#   E2E_DIR=<here>/.e2e  where corpora, builds and results go (ignored by git); KEEP_LARGE=1 keeps the large corpus
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${E2E_DIR:-$here/.e2e}"
articles="${ARTICLES:-20000}"
runs="${RUNS:-5}"
large="${LARGE:-0}"
runs_large="${RUNS_LARGE:-$runs}"
publish_args="${PUBLISH_ARGS:-}"
jobs_args=()
[ -n "${JOBS:-}" ] && jobs_args=(--jobs "$JOBS")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$work"
results="$work/results.txt"
: > "$results"

say() { echo "$*" | tee -a "$results"; }

# --- tools --------------------------------------------------------------------------------------------------------
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v rg >/dev/null || need+=(ripgrep)
command -v jq >/dev/null || need+=(jq)
[ -x /usr/bin/time ] || need+=(time)
command -v clang >/dev/null || command -v clang-14 >/dev/null || need+=(clang)
[ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- builds: the tool and hello-world published the same way (Publishing.props + PUBLISH_ARGS) ---------------------
echo "== publishing contentlint and hello-world (dotnet publish -c Release -r linux-x64 $publish_args)"
# shellcheck disable=SC2086
dotnet publish "$root/src/ContentLint.Cli/ContentLint.Cli.csproj" -c Release -r linux-x64 $publish_args -o "$work/tool" -v quiet -nologo >/dev/null
# shellcheck disable=SC2086
dotnet publish "$here/HelloWorld/HelloWorld.csproj" -c Release -r linux-x64 $publish_args -o "$work/hello" -v quiet -nologo >/dev/null
dotnet build "$here/ContentLint.Benchmarks.csproj" -c Release -v quiet -nologo >/dev/null
tool="$work/tool/ContentLint.Cli"
hello="$work/hello/HelloWorld"
bench="$here/bin/Release/net10.0/ContentLint.Benchmarks"

# --- corpus and phrases ---------------------------------------------------------------------------------------------
corpus() { # corpus COUNT -> folder (generated once; article i is the same in every corpus)
  local dir="$work/corpus-$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    "$bench" corpus --count "$1" --out "$dir" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}
bytes_of() { find "$1" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}'; }

main_corpus="$(corpus "$articles")"
main_bytes="$(bytes_of "$main_corpus")"
"$bench" phrases --rules "$root/rules" > "$work/phrases.txt"
one="$work/one.md"
cp "$main_corpus/000/0000000-nl.md" "$one"

# --- measuring ------------------------------------------------------------------------------------------------------
# median NAME RUNS WARMUP COMMAND...: runs hyperfine, prints and returns the median wall time in seconds.
median() {
  local name="$1" n="$2" warmup="$3"; shift 3
  hyperfine --style none -N -i --warmup "$warmup" --runs "$n" --export-json "$work/$name.json" "$*" >/dev/null 2>&1
  jq -r '.results[0] | "\(.median) \(.user) \(.system)"' "$work/$name.json"
}
# peak COMMAND...: the maximum resident set size in MB.
peak() {
  /usr/bin/time -v "$@" >/dev/null 2> "$work/time.txt" || true
  awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt"
}
fmt() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.1f ms", s*1000; else printf "%.2f s", s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a/b }'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b/1e6/s }'; }
verdict() { awk -v r="$1" -v max="$2" 'BEGIN { print (r <= max ? "met" : "NOT met") }'; }

say "ContentLint end-to-end ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
say "commit $(git -C "$root" rev-parse --short HEAD), publish: -c Release -r linux-x64 $publish_args (+ src/ContentLint.Cli/Publishing.props)"
say "corpus: $articles articles, $(awk -v b="$main_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB ($main_corpus); $(wc -l < "$work/phrases.txt") phrases for ripgrep"
say "runs: median of $runs (startup: $((runs * 4))); CPU = user + system, median run"
say ""

lint_cmd=("$tool" lint "$main_corpus" --format sarif --output "$work/report.sarif" "${jobs_args[@]}")
# One warm-up run fills the page cache for both; with RUNS=1 the corpus was just generated or read, so none.
warm=$([ "$runs" -gt 1 ] && echo 1 || echo 0)
read -r lint_s lint_u lint_sys < <(median lint "$runs" "$warm" "${lint_cmd[@]}")
read -r rg_s rg_u rg_sys < <(median rg "$runs" 1 rg -F -i -f "$work/phrases.txt" "$main_corpus")
read -r hello_s hello_u hello_sys < <(median hello "$((runs * 4))" 3 "$hello")
read -r one_s one_u one_sys < <(median one "$((runs * 4))" 3 "$tool" lint "$one")
read -r bare_s _ _ < <(median one-no-builtin "$((runs * 4))" 3 "$tool" lint "$one" --no-builtin)
lint_peak="$(peak "${lint_cmd[@]}")"
findings="$(jq '[.runs[0].results[]] | length' "$work/report.sarif")"

cpu() { awk -v u="$1" -v s="$2" 'BEGIN { printf "%.2f s", u+s }'; }
say "$(printf '%-52s %10s %10s %9s\n' "command" "wall" "CPU" "MB/s")"
say "$(printf '%-52s %10s %10s %9s\n' "contentlint lint <corpus> --format sarif --output" "$(fmt "$lint_s")" "$(cpu "$lint_u" "$lint_sys")" "$(mbps "$main_bytes" "$lint_s")")"
say "$(printf '%-52s %10s %10s %9s\n' "rg -F -i -f phrases.txt <corpus>" "$(fmt "$rg_s")" "$(cpu "$rg_u" "$rg_sys")" "$(mbps "$main_bytes" "$rg_s")")"
say "$(printf '%-52s %10s %10s\n' "hello-world" "$(fmt "$hello_s")" "$(cpu "$hello_u" "$hello_sys")")"
say "$(printf '%-52s %10s %10s\n' "contentlint lint one.md" "$(fmt "$one_s")" "$(cpu "$one_u" "$one_sys")")"
say "$(printf '%-52s %10s\n' "contentlint lint one.md --no-builtin (start-up share)" "$(fmt "$bare_s")")"
say "findings in the SARIF report: $findings; peak memory of the lint run: $lint_peak MB"
say ""
# --cache on the unchanged corpus: one run fills the cache (the warm-up), the timed ones reuse every file's findings.
cache_cmd=("$tool" lint "$main_corpus" --format sarif --output "$work/report-cached.sarif" --cache --cache-location "$work/lint.cache" "${jobs_args[@]}")
rm -f "$work/lint.cache"
read -r cache_s cache_u cache_sys < <(median cache "$runs" 1 "${cache_cmd[@]}")
cmp -s "$work/report.sarif" "$work/report-cached.sarif" && cache_same="the same report" || cache_same="A DIFFERENT REPORT"
say "$(printf '%-52s %10s %10s %9s\n' "contentlint lint <corpus> --cache (unchanged)" "$(fmt "$cache_s")" "$(cpu "$cache_u" "$cache_sys")" "$(mbps "$main_bytes" "$cache_s")")"
say "--cache gives $cache_same as the run without it"
r1="$(ratio "$lint_s" "$rg_s")"; r2="$(ratio "$one_s" "$hello_s")"; r3="$(ratio "$cache_s" "$rg_s")"
say "target: $articles articles vs ripgrep <= 5.0x: ${r1}x -> $(verdict "$r1" 5.0)"
say "target: one file vs hello-world    <= 4.0x: ${r2}x -> $(verdict "$r2" 4.0)"
say "target: --cache unchanged vs ripgrep <= 2.0x: ${r3}x -> $(verdict "$r3" 2.0)"

# --- the large legs -------------------------------------------------------------------------------------------------
jsonl_supported() {
  # A JSON Lines record whose text holds a widget heading on a line of its own: only a tool that reads JSONL
  # records (rather than the file as plain text) finds it.
  printf '%s\n' '{"id":"probe","title":"Probe","lang":"en","text":"A sentence of the article.\n\nYou May Also Like\n"}' > "$work/probe.jsonl"
  # The lint exits 1 (it finds something), which pipefail would take for the pipeline's failure.
  { "$tool" lint "$work/probe.jsonl" --format json 2>/dev/null || true; } | grep -q '"CL3003"'
}

# timed NAME RUNS COMMAND...: runs the command RUNS times under /usr/bin/time -v (no extra run for the memory figure:
# a large leg takes minutes); prints the median wall, user and system seconds and the highest peak memory in MB.
timed() {
  local name="$1" n="$2"; shift 2
  : > "$work/$name.runs"
  for _ in $(seq "$n"); do
    /usr/bin/time -v "$@" >/dev/null 2> "$work/time.txt" || true
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
                /User time/ { u = $2 } /System time/ { y = $2 } /Maximum resident set size/ { m = $2 / 1024 }
                END { printf "%s %s %s %.0f\n", w, u, y, m }' "$work/time.txt" >> "$work/$name.runs"
  done
  sort -n "$work/$name.runs" | awk '{ w[NR] = $1; u[NR] = $2; y[NR] = $3; if ($4 > m) m = $4 }
    END { i = int((NR + 1) / 2); printf "%s %s %s %d\n", w[i], u[i], y[i], m }'
}

if [ "$large" -gt 0 ]; then
  say ""
  big="$(corpus "$large")"
  big_bytes="$(bytes_of "$big")"
  scale="$(awk -v a="$big_bytes" -v b="$main_bytes" 'BEGIN { print a/b }')"
  say "large corpus: $large articles, $(awk -v b="$big_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB ($scale x the main corpus); median of $runs_large"
  big_cmd=("$tool" lint "$big" --format sarif --output "$work/report-large.sarif" "${jobs_args[@]}")
  read -r big_s big_u big_sys big_peak < <(timed lint-large "$runs_large" "${big_cmd[@]}")
  growth="$(awk -v l="$big_s" -v s="$lint_s" -v k="$scale" 'BEGIN { printf "%.2f", l/(s*k) }')"
  cpu_growth="$(awk -v l="$big_u" -v ly="$big_sys" -v s="$lint_u" -v sy="$lint_sys" -v k="$scale" 'BEGIN { printf "%.2f", (l+ly)/((s+sy)*k) }')"
  say "$(printf '%-52s %10s %10s %9s\n' "contentlint lint <large corpus> (files)" "$(fmt "$big_s")" "$(cpu "$big_u" "$big_sys")" "$(mbps "$big_bytes" "$big_s")")"
  say "target: linear growth, wall / ($scale x the $articles run) within 0.80-1.20: $growth -> $(awk -v g="$growth" 'BEGIN { print (g >= 0.8 && g <= 1.2 ? "met" : "NOT met") }') (CPU: $cpu_growth)"
  say "target: peak memory < 300 MB (files): $big_peak MB -> $(awk -v m="$big_peak" 'BEGIN { print (m < 300 ? "met" : "NOT met") }')"
  if jsonl_supported; then
    jsonl="$work/corpus-$large.jsonl"
    [ -f "$jsonl" ] || "$bench" corpus --count "$large" --jsonl "$jsonl" >&2
    jsonl_bytes="$(stat -c %s "$jsonl")"
    jsonl_cmd=("$tool" lint "$jsonl" --format sarif --output "$work/report-jsonl.sarif" "${jobs_args[@]}")
    read -r js_s js_u js_sys js_peak < <(timed lint-jsonl "$runs_large" "${jsonl_cmd[@]}")
    say "$(printf '%-52s %10s %10s %9s\n' "contentlint lint <large corpus>.jsonl" "$(fmt "$js_s")" "$(cpu "$js_u" "$js_sys")" "$(mbps "$jsonl_bytes" "$js_s")")"
    say "target: peak memory < 300 MB (JSONL): $js_peak MB -> $(awk -v m="$js_peak" 'BEGIN { print (m < 300 ? "met" : "NOT met") }')"
  else
    say "JSONL leg skipped: this build of contentlint does not read JSON Lines records yet (probe: $work/probe.jsonl)"
  fi
  if [ "${KEEP_LARGE:-0}" != 1 ]; then
    rm -rf "$big" "$work/corpus-$large.jsonl"
  fi
fi

echo
echo "results: $results; hyperfine JSON: $work/*.json"
