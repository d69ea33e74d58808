using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PowerList.Tests.Security;

/// <summary>
/// Scans a built HTML page as a browser would parse it and lists what could run script or leave the site: inline
/// scripts, scripts from elsewhere, event-handler attributes, script-capable URL schemes, embedding and
/// base-changing elements, inline styles, a missing or weak Content-Security-Policy.
/// </summary>
public static class HtmlSafety
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster", "background", "srcset"];
    private static readonly string[] ForbiddenElements = ["iframe", "frame", "object", "embed", "base", "style", "applet", "foreignobject", "animate", "set", "use", "math", "template", "link[rel=import]"];
    private static readonly string[] UnsafeSchemes = ["javascript:", "data:", "vbscript:", "file:"];

    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var src = script.GetAttribute("src");
            if (src is null)
            {
                problems.Add("内联脚本：" + Short(script.OuterHtml));
            }
            else if (src.Contains(':', StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal))
            {
                problems.Add("外站脚本：" + src);
            }
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"事件属性 {name}：{Short(element.OuterHtml)}");
                }

                if (name == "style")
                {
                    problems.Add("内联样式：" + Short(element.OuterHtml));
                }

                if (UrlAttributes.Contains(name) && !IsSafeUrl(attribute.Value))
                {
                    problems.Add($"不安全的网址 {name}=\"{Short(attribute.Value)}\"");
                }
            }
        }

        foreach (var selector in ForbiddenElements)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                problems.Add($"不应出现的元素 <{element.LocalName}>：{Short(element.OuterHtml)}");
            }
        }

        var metas = document.QuerySelectorAll("meta[http-equiv]").ToList();
        var csp = metas.Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        if (csp.Count != 1 || csp[0].GetAttribute("content") != Policy)
        {
            problems.Add("缺少或改动了 Content-Security-Policy：" + string.Join(" | ", csp.Select(m => m.GetAttribute("content"))));
        }
        else if (csp[0].ParentElement is not { LocalName: "head" } || document.Head!.QuerySelector("meta[http-equiv]") != csp[0])
        {
            problems.Add("Content-Security-Policy 不在 head 中最前面");
        }

        foreach (var meta in metas.Except(csp))
        {
            problems.Add("不应出现的 http-equiv：" + Short(meta.OuterHtml));
        }

        return problems;
    }

    public static bool IsSafeUrl(string url)
    {
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        return !UnsafeSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal));
    }

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
