#!/usr/bin/env bash
# One file with the tool as users install it, against issue 19's target: 'contentlint lint one-file' with the
# installed tool <= 4 x the wall time of a native hello-world (HelloWorld/, Native AOT like the tool's native package).
#
# Packs ContentLint.Tool from this checkout (the pointer package, the native package for this machine's RID and the
# framework-dependent 'any' package), installs it twice with 'dotnet tool install', and times with hyperfine:
#   hello-world                    HelloWorld/ published Native AOT for this machine
#   installed tool                 what 'dotnet tool install ContentLint.Tool' picks here (the native package)
#   installed tool, --no-builtin   the same without the built-in rule pack: how much of the time is loading it
#   framework-dependent fallback   what the same install gives on a platform with no native package (ContentLint.Tool.any)
# Prints medians (hyperfine, RUNS runs after 3 warm-ups) and the ratios.
#
# Settings (environment): RUNS=20 (at least 5), ONE_FILE=seeds/000_da2ecfbc249d304b.txt (the seed junk article),
# ONE_FILE_DIR=<here>/.one-file (packages, installs and hyperfine JSON; ignored by git), PACKAGES=FOLDER to install
# from a pack of this checkout made already (.ci/run's artifacts/packages) instead of packing again.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${ONE_FILE_DIR:-$here/.one-file}"
runs="${RUNS:-20}"
one="${ONE_FILE:-$root/seeds/000_da2ecfbc249d304b.txt}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ "$runs" -ge 5 ] || { echo "RUNS must be at least 5 (the targets are medians of at least 5)" >&2; exit 2; }

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

rm -rf "$work"
mkdir -p "$work"
if [ -n "${PACKAGES:-}" ]; then
  packages=$(cd "$PACKAGES" && pwd)
  version=$(find "$packages" -maxdepth 1 -name 'ContentLint.Tool.*.nupkg' -printf '%f\n' | sed 's/^ContentLint\.Tool\.\(.*\)\.nupkg$/\1/' | head -n 1)
  [ -n "$version" ] || { echo "no ContentLint.Tool package in $packages" >&2; exit 2; }
  echo "== installing ContentLint.Tool $version from $packages; publishing hello-world (Native AOT, Release)"
else
  # A version of its own: no copy in the NuGet cache from an earlier pack can stand in for this build.
  version="0.0.0-one-file.$(date +%s)"
  packages="$work/packages"
  echo "== packing ContentLint.Tool $version and publishing hello-world (Native AOT, Release)"
  dotnet pack "$root/src/ContentLint.Cli" -c Release -p:Version="$version" -o "$packages" -v quiet -nologo >/dev/null
fi
dotnet publish "$here/HelloWorld/HelloWorld.csproj" -c Release -r "$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')" -o "$work/hello" -v quiet -nologo >/dev/null

echo "== installing it as users do, and the framework-dependent fallback"
dotnet tool install ContentLint.Tool --version "$version" --tool-path "$work/installed" --add-source "$packages" >/dev/null
# The fallback package is what a platform without a native package gets; installed by its own id, it is the same
# framework-dependent build behind the same kind of command shim.
dotnet tool install ContentLint.Tool.any --version "$version" --tool-path "$work/fallback" --add-source "$packages" >/dev/null

median() { # median NAME COMMAND: hyperfine's median wall time and mean CPU time (user + system), in seconds
  local name="$1"; shift
  hyperfine --style none -N -i --warmup 3 --runs "$runs" --export-json "$work/$name.json" "$*" >/dev/null 2>&1
  jq -r '.results[0] | "\(.median) \(.user + .system)"' "$work/$name.json"
}
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

read -r hello hello_cpu < <(median hello "$work/hello/HelloWorld")
read -r native native_cpu < <(median installed "$work/installed/contentlint" lint "$one")
read -r bare bare_cpu < <(median installed-no-builtin "$work/installed/contentlint" lint "$one" --no-builtin)
read -r fallback fallback_cpu < <(median fallback "$work/fallback/contentlint" lint "$one")

echo
echo "one file, installed tool ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git -C "$root" rev-parse --short HEAD))"
echo "file: ${one#"$root"/} ($(stat -c %s "$one") bytes); wall: median of $runs runs after 3 warm-ups (hyperfine -N); CPU: mean user + system"
row() { printf '%-58s %10s %8s %10s %8s\n' "$@"; }
row "command" "wall" "x hello" "CPU" "x hello"
row "hello-world (Native AOT)" "$(ms "$hello")" "1.00" "$(ms "$hello_cpu")" "1.00"
row "contentlint lint one-file (installed: native)" "$(ms "$native")" "$(ratio "$native" "$hello")" "$(ms "$native_cpu")" "$(ratio "$native_cpu" "$hello_cpu")"
row "contentlint lint one-file --no-builtin (installed: native)" "$(ms "$bare")" "$(ratio "$bare" "$hello")" "$(ms "$bare_cpu")" "$(ratio "$bare_cpu" "$hello_cpu")"
row "contentlint lint one-file (framework-dependent fallback)" "$(ms "$fallback")" "$(ratio "$fallback" "$hello")" "$(ms "$fallback_cpu")" "$(ratio "$fallback_cpu" "$hello_cpu")"
r=$(ratio "$native" "$hello")
echo "target: one file with the installed tool <= 4.00 x hello-world: ${r}x -> $(awk -v r="$r" 'BEGIN { print (r <= 4 ? "met" : "NOT met") }')"
