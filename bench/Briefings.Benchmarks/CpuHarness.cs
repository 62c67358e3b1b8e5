using System.Globalization;
using Briefings.Related;

namespace Briefings.Benchmarks;

/// <summary>
/// Wall and CPU time of related scoring on a generated catalog, as medians over several runs. On a
/// shared, loaded machine the wall clock depends on the neighbours; the process's CPU time (summed over
/// all threads) is what the work itself costs. Run:
/// <c>dotnet run -c Release --project bench/Briefings.Benchmarks -- cpu [items] [runs] [threads]</c>.
/// </summary>
public static class CpuHarness
{
    public static void Run(string[] args)
    {
        var items = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
        var threads = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : -1;
        var catalog = SyntheticCatalog.Create(items);

        // Warm-up: tiered compilation settles during the first runs. The fingerprint of the cards lets
        // a change that should not alter any card be checked to alter none.
        var cards = RelatedScorer.Score(catalog, 4, threads);
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', cards.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {string.Join(' ', p.Value)}")))))[..16];
        for (var k = 0; k < 2; k++)
        {
            RelatedScorer.Score(catalog, 4, threads);
        }

        var walls = new List<double>();
        var cpus = new List<double>();
        for (var k = 0; k < runs; k++)
        {
            var (wall, cpu, _) = Measuring.Time(() => RelatedScorer.Score(catalog, 4, threads));
            walls.Add(wall);
            cpus.Add(cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{items} items, {runs} runs, threads {threads}, cards {fingerprint}: median wall {Measuring.Median(walls):F0} ms (min {walls.Min():F0}), median CPU {Measuring.Median(cpus):F0} ms (min {cpus.Min():F0})"));
    }
}
