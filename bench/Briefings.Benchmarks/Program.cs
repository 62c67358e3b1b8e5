using BenchmarkDotNet.Running;
using Briefings.Benchmarks;

// dotnet run -c Release --project bench/Briefings.Benchmarks -- --filter '*Related*' [--job short]
// dotnet run -c Release --project bench/Briefings.Benchmarks -- cpu [items] [runs] [threads]
// dotnet run -c Release --project bench/Briefings.Benchmarks -- floor SITE_ROOT [runs]
if (args is ["cpu", ..])
{
    CpuHarness.Run(args);
}
else if (args is ["floor", ..])
{
    ContentFloor.Run(args);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
