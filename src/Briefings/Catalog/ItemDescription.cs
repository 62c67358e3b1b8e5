namespace Briefings.Catalog;

/// <summary>An item's description: the editor's summary, else the body's first paragraph, cut at a word near 200 characters.</summary>
public static class ItemDescription
{
    public static string Of(string? summary, string firstParagraph)
    {
        var text = summary ?? firstParagraph;
        if (text.Length <= 200)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 199);
        return string.Concat(text.AsSpan(0, cut > 100 ? cut : 199), "…");
    }
}
