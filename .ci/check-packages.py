#!/usr/bin/env python3
"""Checks what the packed packages hold: usage: check-packages.py FOLDER VERSION."""
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

folder, version = Path(sys.argv[1]), sys.argv[2]
problems = []
# The native runtime packages CI packs: this machine's and the cross-compiled one (ContentLint.Cli.csproj).
native = ("linux-x64", "linux-arm64")


def settings(package, name):
    with zipfile.ZipFile(package) as z:
        return ET.fromstring(z.read(name))


def nuspec(package):
    with zipfile.ZipFile(package) as z:
        name = next(n for n in z.namelist() if n.endswith(".nuspec"))
        root = ET.fromstring(z.read(name))
        return z.namelist(), root.find("{*}metadata")


for package_id, must_hold in {
    "ContentLint": ["README.md", "lib/net8.0/ContentLint.dll", "lib/net8.0/ContentLint.xml", "lib/net10.0/ContentLint.dll", "lib/net10.0/ContentLint.xml"],
    # The tool: a pointer naming its runtime packages, which sit in runtime-packages/ (ContentLint.Cli.csproj says why).
    "ContentLint.Tool": ["README.md", "tools/any/any/DotnetToolSettings.xml"],
    "runtime-packages/ContentLint.Tool.linux-x64": ["README.md", "tools/any/linux-x64/ContentLint.Cli", "tools/any/linux-x64/DotnetToolSettings.xml"],
    "runtime-packages/ContentLint.Tool.linux-arm64": ["README.md", "tools/any/linux-arm64/ContentLint.Cli", "tools/any/linux-arm64/DotnetToolSettings.xml"],
    "runtime-packages/ContentLint.Tool.any": ["README.md", "tools/net10.0/any/ContentLint.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml"],
    # The task with what it runs on, loaded by MSBuild; nothing in lib/, no dependency flows to the project.
    "ContentLint.MSBuild": ["README.md", "build/ContentLint.MSBuild.props", "build/ContentLint.MSBuild.targets",
                            "tasks/net8.0/ContentLint.MSBuild.dll", "tasks/net8.0/ContentLint.dll", "tasks/net8.0/YamlDotNet.dll",
                            "tasks/net8.0/Microsoft.Extensions.FileSystemGlobbing.dll"],
}.items():
    package = folder / f"{package_id}.{version}.nupkg"
    symbols = folder / f"{package_id}.{version}.snupkg"
    if not package.exists():
        problems.append(f"{package.name} was not packed")
        continue
    # No symbol package for the MSBuild task, the tool's pointer (no code) and its native packages (no .pdb of their own).
    if not package_id.endswith(("ContentLint.MSBuild", "ContentLint.Tool", *native)) and not symbols.exists():
        problems.append(f"{symbols.name} (symbols) was not packed")
    names, metadata = nuspec(package)
    problems += [f"{package.name} lacks {n}" for n in must_hold if n not in names]
    license = metadata.find("{*}license")
    if license is None or license.get("type") != "expression" or license.text != "MIT":
        problems.append(f"{package.name}: no MIT license expression")
    repository = metadata.find("{*}repository")
    if repository is None or not repository.get("url") or not repository.get("commit"):
        problems.append(f"{package.name}: no repository url and commit")
    if metadata.find("{*}readme") is None:
        problems.append(f"{package.name}: no readme")
    if package_id == "ContentLint.Tool":
        rids = [p.get("RuntimeIdentifier") for p in settings(package, "tools/any/any/DotnetToolSettings.xml").iter("RuntimeIdentifierPackage")]
        if rids != [*native, "any"]:
            problems.append(f"{package.name}: names the runtime packages {rids}, not {', '.join(native)} and any")
    if package_id.endswith(native):
        # Only the binary and the tool's settings: no managed files, no debug file (26 MB that no user runs).
        extra_files = sorted(n for n in names if n.startswith("tools/") and not n.endswith(("/ContentLint.Cli", "/DotnetToolSettings.xml")))
        if extra_files:
            problems.append(f"{package.name}: the native package holds more than the binary: {extra_files}")
    if package_id == "ContentLint.MSBuild":
        if metadata.findtext("{*}developmentDependency") != "true":
            problems.append(f"{package.name}: not a development dependency")
        if any(n.startswith("lib/") for n in names) or metadata.find("{*}dependencies/{*}group/{*}dependency") is not None:
            problems.append(f"{package.name}: something in lib/ or a dependency would flow to the project")

extra = sorted(str(p.relative_to(folder)) for p in [*folder.glob("*.nupkg"), *folder.glob("runtime-packages/*.nupkg")] if not p.name.startswith(("ContentLint.Tool.", "ContentLint.MSBuild.", f"ContentLint.{version}")))
if extra:
    problems.append(f"unexpected packages: {extra}")
for problem in problems:
    print("package check:", problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"packages OK: ContentLint, ContentLint.Tool (native {' and '.join(native)}, framework-dependent any) and ContentLint.MSBuild {version}, with README, license and repository")
