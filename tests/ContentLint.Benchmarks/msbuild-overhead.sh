#!/usr/bin/env bash
# What ContentLint.MSBuild adds to 'dotnet build': the same project with 20 articles, built with and without the
# package, every build a full rebuild (--no-incremental) in fresh MSBuild processes (-nodeReuse:false, no build
# server), as on a CI machine. Prints the median of RUNS builds of each and the difference.
# Usage: tests/ContentLint.Benchmarks/msbuild-overhead.sh PACKAGES_FOLDER VERSION [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=$(cd "$1" && pwd)
version=$2
runs=${3:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/nuget" DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

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
  dotnet build "$work/$variant" -nodeReuse:false >/dev/null   # restore and a first build
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for variant in without with; do
  for _ in $(seq "$runs"); do
    dotnet build-server shutdown >/dev/null 2>&1 || true
    start=$(date +%s.%N)
    dotnet build "$work/$variant" --no-restore --no-incremental -nodeReuse:false >/dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }'
  done | median > "$work/$variant.median"
done
without=$(cat "$work/without.median"); with=$(cat "$work/with.median")
echo "20 articles, median of $runs full rebuilds: without the package ${without}s, with it ${with}s, overhead $(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a - b }')s"
