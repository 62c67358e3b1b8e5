using BenchmarkDotNet.Running;
using Briefings.Benchmarks;

// dotnet run -c Release --project bench/Briefings.Benchmarks -- --filter '*Related*' [--job short]
// dotnet run -c Release --project bench/Briefings.Benchmarks -- cpu [items] [runs] [threads]
if (args is ["cpu", ..])
{
    CpuHarness.Run(args);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
