namespace Briefings.Site;

/// <summary>
/// Every URL the site links to, in one place. Paths are root-relative and include the base URL's path,
/// so a site hosted under /briefings/ links correctly; <see cref="Absolute"/> makes them absolute for
/// canonical links and feeds. Destinations are the matching output file paths.
/// </summary>
public sealed class SiteUrls(SiteSettings settings)
{
    public string Home => settings.BasePath;

    public string Item(string slug) => Path($"{slug}/");

    public string FeedPage(int page) => page <= 1 ? Home : Path($"page/{page}/");

    public string Tag(string slug, int page = 1) => page <= 1 ? Path($"tags/{slug}/") : Path($"tags/{slug}/page/{page}/");

    public string TagIndex => Path("tags/");

    public string Section(string id, int page = 1) => page <= 1 ? Path($"sections/{id}/") : Path($"sections/{id}/page/{page}/");

    public string Author(string id, int page = 1) => page <= 1 ? Path($"authors/{id}/") : Path($"authors/{id}/page/{page}/");

    /// <summary>A fragment of the News Feed rail, starting at a 0-based offset into it: what its "Show More" loads.</summary>
    public string RailFragment(int offset) => Path(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rail/{offset}/"));

    /// <summary>A file copied from content/ or templates/assets/, by its path in the output.</summary>
    public string Asset(string relativePath) => Path(relativePath);

    public string Path(string relative) => settings.BasePath + relative.TrimStart('/');

    /// <summary>
    /// A link as an editor wrote it, as the site serves it: a root-relative link ("/other-slug/") means the
    /// site's root, so it gains the base path; relative, absolute and fragment links are left alone.
    /// </summary>
    public string FromEditor(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? Path(url) : url;

    public string Absolute(string rootRelative) => new Uri(settings.BaseUrl, rootRelative).AbsoluteUri;

    /// <summary>The output file for a root-relative URL: "/briefings/tags/eu/" → "tags/eu/index.html".</summary>
    public string Destination(string rootRelative)
    {
        var relative = rootRelative.StartsWith(settings.BasePath, StringComparison.Ordinal) ? rootRelative[settings.BasePath.Length..] : rootRelative.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
