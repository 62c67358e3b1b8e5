namespace Briefings.Cli.Serve;

/// <summary>The live-reload script, shipped inside the assembly (Serve/live-reload.js).</summary>
public static class LiveReloadScript
{
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("Briefings.Cli.Serve.live-reload.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
