using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PowerList.Site.Markdown;

/// <summary>
/// Markdown for public text (notes, the site description): Markdig with raw HTML disabled, and links or images
/// whose URL uses an unsafe scheme (javascript:, data:, vbscript:) turned into plain text. Thread-safe.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Renders <paramref name="markdown"/> to an HTML fragment; empty input gives an empty string.</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        UnsafeLinkRemover.Rewrite(document);
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>True when <paramref name="url"/> is safe to put in an href or src.</summary>
    public static bool IsSafeUrl(string? url) => UnsafeLinkRemover.IsSafe(url);

    internal static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
