using System.Globalization;

namespace Briefings.Engine.Tests;

public sealed class ParallelDeterminismTests
{
    private const int FileCount = 200;

    private static MockFileSystem Site()
    {
        var files = new Dictionary<string, string>();
        for (var i = 0; i < FileCount; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"/site/content/section-{i % 7}/page-{i:000}.md");
            files[name] = string.Create(CultureInfo.InvariantCulture, $"# Page {i}\n\n{new string('x', i)} héllo\n");
        }

        return Sites.FileSystem(files);
    }

    private static Pipeline[] Pipelines() =>
    [
        new()
        {
            Name = "pages",
            Input = [new ReadFiles("content", "**/*.md")],
            Process =
            [
                new Transform(document =>
                {
                    // Uneven work, so parallel documents finish out of order.
                    Thread.SpinWait((document.Content.Length % 5) * 2000);
                    var relative = document.Get(ReadFiles.RelativePath);
                    return document with
                    {
                        Destination = relative[..^".md".Length] + ".html",
                        Content = DocumentContent.FromText("<main>" + document.Content.Text.ToUpperInvariant() + "</main>"),
                    };
                }),
            ],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = "index",
            Dependencies = ["pages"],
            Process =
            [
                new Step((inputs, context) => inputs.Add(new Document
                {
                    Id = "index",
                    Destination = "index.html",
                    Content = DocumentContent.FromText(string.Join("\n", context.OutputsOf("pages").Select(d => d.Destination))),
                })),
            ],
            Output = [new WriteFiles()],
        },
    ];

    [Fact]
    public async Task ParallelAndSerialRunsWriteIdenticalFilesAndOutputs()
    {
        var fileSystem = Site();

        var serial = await Sites.RunAsync(fileSystem, Pipelines(), serial: true, output: "/site/out-serial");
        var parallel = await Sites.RunAsync(fileSystem, Pipelines(), serial: false, output: "/site/out-parallel");

        Assert.True(serial.Published, string.Join("\n", serial.Diagnostics));
        Assert.True(parallel.Published, string.Join("\n", parallel.Diagnostics));
        var serialFiles = Sites.Snapshot(fileSystem, "/site/out-serial");
        var parallelFiles = Sites.Snapshot(fileSystem, "/site/out-parallel");
        Assert.Equal(FileCount + 1, serialFiles.Count);
        Sites.AssertSameFiles(serialFiles, parallelFiles);

        Assert.StartsWith("<main># PAGE 0", System.Text.Encoding.UTF8.GetString(serialFiles["section-0/page-000.html"]), StringComparison.Ordinal);
        foreach (var pipeline in new[] { "pages", "index" })
        {
            Assert.Equal(serial.OutputsOf(pipeline).Select(d => d.Id), parallel.OutputsOf(pipeline).Select(d => d.Id));
            Assert.Equal(serial.OutputsOf(pipeline).Select(d => d.Content.Hash), parallel.OutputsOf(pipeline).Select(d => d.Content.Hash));
        }

        var ids = parallel.OutputsOf("pages").Select(d => d.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task ParallelAndSerialRunsReportIdenticalDiagnostics()
    {
        static Pipeline[] Failing() =>
        [
            new()
            {
                Name = "pages",
                Input = [new ReadFiles("content")],
                Process = [new Transform(d => d.Content.Length % 3 == 0
                    ? throw new BuildException(Diagnostic.Error("T001", "multiple of three", line: d.Content.Length))
                    : d)],
            },
        ];

        var serial = await Sites.RunAsync(Site(), Failing(), serial: true, output: null);
        var parallel = await Sites.RunAsync(Site(), Failing(), serial: false, output: null);

        Assert.NotEmpty(serial.Diagnostics);
        Assert.Equal(serial.Diagnostics, parallel.Diagnostics);
        Assert.Equal(serial.OutputsOf("pages").Select(d => d.Id), parallel.OutputsOf("pages").Select(d => d.Id));
    }
}
