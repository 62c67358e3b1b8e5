using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefings.Engine.Diagnostics;

namespace Briefings.Cli.Serve;

/// <summary>
/// Rewrites served HTML in preview only (templates never know): adds the live-reload script before
/// &lt;/body&gt; and, while the latest build has failed, an overlay listing its errors above the last
/// good page. Decorated pages are remembered by content hash, so each page is rewritten once.
/// </summary>
public sealed class PageDecorator
{
    public const string OverlayId = "briefings-build-errors";

    private readonly HtmlParser _parser = new();
    private readonly ConcurrentDictionary<string, string> _withScript = new(StringComparer.Ordinal);

    public string Decorate(string html, string hash, IReadOnlyList<Diagnostic> errors)
    {
        if (errors.Count == 0)
        {
            if (_withScript.Count > 50_000)
            {
                _withScript.Clear();
            }

            return _withScript.GetOrAdd(hash, _ => Rewrite(html, errors));
        }

        return Rewrite(html, errors);
    }

    /// <summary>A page of its own for when there is no good site yet to show the errors over.</summary>
    public string ErrorPage(IReadOnlyList<Diagnostic> errors)
    {
        var document = _parser.ParseDocument("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>");
        document.Title = "Build failed";
        return Finish(document, errors);
    }

    private string Rewrite(string html, IReadOnlyList<Diagnostic> errors) => Finish(_parser.ParseDocument(html), errors);

    private static string Finish(IHtmlDocument document, IReadOnlyList<Diagnostic> errors)
    {
        var body = document.Body!;
        if (errors.Count > 0)
        {
            body.Prepend(Overlay(document, errors));
        }

        var script = document.CreateElement("script");
        script.SetAttribute("src", LiveReload.ScriptPath);
        body.AppendChild(script);
        return document.ToHtml();
    }

    private static IElement Overlay(IDocument document, IReadOnlyList<Diagnostic> errors)
    {
        var overlay = document.CreateElement("div");
        overlay.Id = OverlayId;
        overlay.SetAttribute("role", "alert");
        overlay.SetAttribute(
            "style",
            "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1em 1.5em;" +
            "background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;box-shadow:0 2px 12px #0008");
        var heading = document.CreateElement("h2");
        heading.TextContent = $"The build failed ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}); the last good page is shown below.";
        heading.SetAttribute("style", "margin:0 0 .5em;font-size:16px");
        overlay.AppendChild(heading);
        var list = document.CreateElement("ul");
        foreach (var error in errors)
        {
            var item = document.CreateElement("li");
            item.TextContent = error.ToString();
            list.AppendChild(item);
        }

        overlay.AppendChild(list);
        return overlay;
    }
}
