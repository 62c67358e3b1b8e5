using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Briefings.MicroBenchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
