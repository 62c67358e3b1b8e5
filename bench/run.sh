#!/usr/bin/env bash
# Runs the Briefings-vs-Hugo benchmark and writes docs/performance.md.
#   bench/run.sh                                  # 1k, 10k and 100k briefings, 5 runs each
#   bench/run.sh --counts 1000,10000 --runs 3     # any option of `Briefings.Bench compare --help`
# Installs what it needs (Debian's hugo, GNU time), builds the CLI and the harness in Release, then
# hands every argument to the harness's `compare` command.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The CLI is measured as it is released for one platform: self-contained, with the runtime, the framework and
# the libraries (Markdig, Scriban, YamlDotNet, AngleSharp) compiled ahead of time into one composite
# ReadyToRun image, so that generic code shared across them starts precompiled instead of being JIT-compiled.
# (A framework-dependent ReadyToRun publish still JIT-compiles ~1,500 methods, ~0.5 s, at every build.)
# The composite compile takes a few minutes the first time; MSBuild skips it while nothing changed.
cli=src/Briefings.Cli/bin/Release/composite
echo "Publishing the CLI (self-contained, composite ReadyToRun)…"
dotnet publish -c Release -v quiet -nologo --use-current-runtime --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$cli" src/Briefings.Cli
dotnet build -c Release -v quiet -nologo bench/Briefings.Bench
BRIEFINGS_BENCH_CLI="$PWD/$cli/Briefings.Cli" exec dotnet bench/Briefings.Bench/bin/Release/net10.0/Briefings.Bench.dll compare "$@"
