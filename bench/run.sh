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

# The CLI is measured as it would be deployed: published with ReadyToRun, so that its code and its
# libraries' (Markdig, Scriban, YamlDotNet, AngleSharp) start precompiled instead of being JIT-compiled.
cli=src/Briefings.Cli/bin/Release/ready-to-run
dotnet publish -c Release -v quiet -nologo --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "$cli" src/Briefings.Cli
dotnet build -c Release -v quiet -nologo bench/Briefings.Bench
BRIEFINGS_BENCH_CLI="$PWD/$cli/Briefings.Cli.dll" exec dotnet bench/Briefings.Bench/bin/Release/net10.0/Briefings.Bench.dll compare "$@"
