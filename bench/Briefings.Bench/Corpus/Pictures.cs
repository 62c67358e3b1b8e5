using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Briefings.Bench.Corpus;

/// <summary>Small SVG pictures for hero images, video posters and author avatars (a few, shared by every briefing).</summary>
public static class Pictures
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Colours = ["#9fb3c8", "#c8b89f", "#a7c89f", "#c89fb5", "#9fc4c8", "#b8b8b8"];

    /// <summary>Writes the hero pictures and returns their paths relative to content/.</summary>
    public static IReadOnlyList<string> WriteHeroes(string content)
    {
        var paths = new List<string>();
        for (var i = 0; i < Colours.Length; i++)
        {
            var relative = string.Create(CultureInfo.InvariantCulture, $"images/bench/picture-{i + 1}.svg");
            Save(Path.Combine(content, relative), Picture(1200, 675, Colours[i]));
            paths.Add(relative);
        }

        return paths;
    }

    public static string WriteAvatar(string content, string authorId, int index)
    {
        var relative = $"images/authors/{authorId}.svg";
        Save(Path.Combine(content, relative), Picture(256, 256, Colours[index % Colours.Length]));
        return relative;
    }

    private static XDocument Picture(int width, int height, string colour) => new(
        new XElement(
            Svg + "svg",
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XAttribute("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}")),
            new XElement(Svg + "rect", new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", colour)),
            new XElement(Svg + "circle", new XAttribute("cx", width / 2), new XAttribute("cy", height / 2), new XAttribute("r", height / 4), new XAttribute("fill", "#2b3038"))));

    private static void Save(string path, XDocument document)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        document.Save(writer);
    }
}
