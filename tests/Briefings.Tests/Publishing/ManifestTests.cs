using Briefings.Publishing;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

[Collection(SampleSiteCollection.Name)]
public sealed class ManifestTests(SampleSiteFixture fixture)
{
    [Fact]
    public void The_report_lists_every_output_file_with_its_sha256_in_path_order()
    {
        var site = fixture.Site;
        var outputs = site.Report.Outputs;

        Assert.Equal(site.Files(), outputs.Select(f => f.Path));
        foreach (var file in outputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, file.Path));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
            Assert.Equal(bytes.Length, file.Bytes);
        }
    }

    [Fact]
    public void The_manifest_json_reads_back_to_the_same_files()
    {
        var outputs = fixture.Site.Report.Outputs;
        var json = System.Text.Encoding.UTF8.GetString(OutputManifest.Write(outputs.Reverse()));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("files")[0];
        Assert.Equal(outputs[0].Path, first.GetProperty("path").GetString());
        Assert.Equal(64, first.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(outputs, OutputManifest.Read(json));
    }
}
