#!/usr/bin/env bash
# What ContentLint.MSBuild adds to 'dotnet build': the same project with 20 articles, built with and without the
# package, every build a full rebuild (--no-incremental). MODE=fresh (the default): every build in fresh MSBuild and
# compiler processes, as on a CI machine; MODE=warm: as on a developer's machine, where MSBuild's nodes and the
# compiler server stay up between builds. Prints the median of RUNS builds of each and the difference.
# Usage: [MODE=fresh|warm] tests/ContentLint.Benchmarks/msbuild-overhead.sh PACKAGES_FOLDER VERSION [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=$(cd "$1" && pwd)
version=$2
runs=${3:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mode=${MODE:-fresh}
export NUGET_PACKAGES="$work/nuget" DOTNET_CLI_TELEMETRY_OPTOUT=1
reuse=true
if [ "$mode" = fresh ]; then
  export MSBUILDDISABLENODEREUSE=1
  reuse=false
fi

for variant in without with; do
  mkdir -p "$work/$variant/articles"
  reference=""
  [ "$variant" = with ] && reference="<PackageReference Include=\"ContentLint.MSBuild\" Version=\"$version\" PrivateAssets=\"all\" />"
  cat > "$work/$variant/Site.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RestoreAdditionalProjectSources>$packages</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>$reference</ItemGroup>
</Project>
XML
  echo 'namespace Site; public static class Marker { }' > "$work/$variant/Marker.cs"
  for i in $(seq -w 1 20); do
    cp seeds/en-river-restoration.txt "$work/$variant/articles/article-$i.md"
  done
  dotnet build "$work/$variant" -nodeReuse:$reuse >/dev/null   # restore and a first build
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Alternating, so that load from elsewhere on the machine falls on both alike.
for _ in $(seq "$runs"); do
  for variant in without with; do
    [ "$mode" = fresh ] && { dotnet build-server shutdown >/dev/null 2>&1 || true; }
    start=$(date +%s.%N)
    dotnet build "$work/$variant" --no-restore --no-incremental -nodeReuse:$reuse >/dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }' >> "$work/$variant.times"
  done
done
for variant in without with; do
  median < "$work/$variant.times" > "$work/$variant.median"
done
without=$(cat "$work/without.median"); with=$(cat "$work/with.median")
[ "$mode" = warm ] && dotnet build-server shutdown >/dev/null 2>&1
echo "$mode: 20 articles, median of $runs full rebuilds: without the package ${without}s, with it ${with}s, overhead $(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a - b }')s"
