#!/usr/bin/env bash
# Runs the Briefings-vs-Hugo benchmark and writes docs/performance.md.
#   bench/run.sh                                  # 1k, 10k and 100k briefings, 5 runs each
#   bench/run.sh --counts 1000,10000 --runs 3     # any option of `Briefings.Bench compare --help`
# Installs what it needs (Debian's hugo, GNU time, clang), publishes the CLI (Native AOT) and builds the harness, then
# hands every argument to the harness's `compare` command.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v clang >/dev/null 2>&1 || missing+=(clang)  # the native linker of a Native AOT publish
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The CLI is measured as it is released for one platform: a Native AOT executable, the runtime, the framework and
# the libraries (Markdig, Scriban, YamlDotNet, AngleSharp) compiled to one native program, trimmed to what it uses
# (the Briefings assembly is kept whole: templates read its views by reflection, see src/Briefings.Cli). Nothing is
# JIT-compiled at a build: an empty site builds in ~0.04 s against ~0.26 s for the self-contained composite
# ReadyToRun publish used before (which still JIT-compiled ~265 methods), 1k briefings in half the time, 10k ~25%
# faster (docs/performance.md, round 10). The native compile takes ~2.5 minutes on this machine.
# On an x86-64 CPU with AVX2 (x86-64-v3: 2013 on) the native code may use it, as JIT-compiled code would: 10k
# briefings 1–5% faster (two rotations, 11 of 12 pairs). Such an executable refuses to start on an older CPU.
cli=src/Briefings.Cli/bin/Release/aot
isa=()
if [ "$(uname -m)" = x86_64 ] && grep -qw avx2 /proc/cpuinfo && grep -qw bmi2 /proc/cpuinfo \
  && grep -qw fma /proc/cpuinfo && grep -qw movbe /proc/cpuinfo && grep -qw abm /proc/cpuinfo; then
  isa=(-p:IlcInstructionSet=x86-64-v3)
fi
echo "Publishing the CLI (Native AOT${isa:+, x86-64-v3})…"
dotnet publish -c Release -v quiet -nologo --use-current-runtime -p:PublishAot=true "${isa[@]}" -o "$cli" src/Briefings.Cli
dotnet build -c Release -v quiet -nologo bench/Briefings.Bench
BRIEFINGS_BENCH_CLI="$PWD/$cli/Briefings.Cli" exec dotnet bench/Briefings.Bench/bin/Release/net10.0/Briefings.Bench.dll compare "$@"
