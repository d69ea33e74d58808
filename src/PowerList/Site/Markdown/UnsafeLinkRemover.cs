using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PowerList.Site.Markdown;

/// <summary>
/// A rewriting step on the Markdig syntax tree: a link or image with an unsafe URL scheme is replaced by its
/// text (images by their alt text), so nothing clickable with javascript:, data: or vbscript: reaches a page.
/// </summary>
internal static class UnsafeLinkRemover
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "data:", "vbscript:", "file:"];

    public static void Rewrite(MarkdownDocument document)
    {
        var unsafeLinks = document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList();
        foreach (var link in unsafeLinks)
        {
            ReplaceWithChildren(link);
        }

        foreach (var auto in document.Descendants<AutolinkInline>().Where(a => !IsSafe(a.Url)).ToList())
        {
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }
    }

    private static void ReplaceWithChildren(LinkInline link)
    {
        var parent = link.Parent;
        if (parent is null)
        {
            return;
        }

        var children = new List<Inline>();
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            children.Add(child);
            child = next;
        }

        Inline anchor = link;
        foreach (var c in children)
        {
            anchor.InsertAfter(c);
            anchor = c;
        }

        link.Remove();
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        compact = System.Net.WebUtility.HtmlDecode(compact);
        return !UnsafeSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal));
    }
}
