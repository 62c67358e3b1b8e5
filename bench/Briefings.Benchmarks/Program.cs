using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Briefings.Benchmarks -- --filter '*Related*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
