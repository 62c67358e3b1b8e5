using System.Globalization;
using System.IO.Abstractions;
using System.Xml;

namespace Briefings.Catalog;

/// <summary>
/// Reads a picture's intrinsic size so every img carries width and height. SVG sizes come from the root
/// element's width/height (or viewBox); other formats are left unsized rather than guessed.
/// </summary>
public static class ImageSize
{
    public static (int Width, int Height)? Read(IFileSystem fileSystem, string? path)
    {
        if (path is null || !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || !fileSystem.File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = fileSystem.File.OpenRead(path);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (!reader.ReadToFollowing("svg", "http://www.w3.org/2000/svg") && !reader.ReadToFollowing("svg"))
            {
                return null;
            }

            var width = Number(reader.GetAttribute("width"));
            var height = Number(reader.GetAttribute("height"));
            if (width is > 0 && height is > 0)
            {
                return (width.Value, height.Value);
            }

            var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            return box is { Length: 4 } && Number(box[2]) is { } w && w > 0 && Number(box[3]) is { } h && h > 0 ? (w, h) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static int? Number(string? text) =>
        text is not null && double.TryParse(text.Replace("px", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? (int)Math.Round(value)
            : null;
}
