using System.Text;
using PowerList.Model;

namespace PowerList.Export;

/// <summary>
/// Citations written back as the legal-basis text that sheets use: 【source】《title》（revision）, then one line
/// per article (第二十二条：quoted text); free-text citations as they are. The importer parses this back.
/// </summary>
public static class CitationText
{
    public static string Format(IEnumerable<Citation> citations, IEnumerable<Law> laws) => Format(citations, ById(laws));

    /// <summary>The laws by id, for <see cref="Format(IEnumerable{Citation}, IReadOnlyDictionary{string, Law})"/> over many entries.</summary>
    public static IReadOnlyDictionary<string, Law> ById(IEnumerable<Law> laws) =>
        laws.GroupBy(l => l.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static string Format(IEnumerable<Citation> citations, IReadOnlyDictionary<string, Law> byId)
    {
        var sb = new StringBuilder();
        string? previousLaw = null;
        foreach (var c in citations)
        {
            if (!c.IsStructured)
            {
                Line(sb, c.Text);
                previousLaw = null;
                continue;
            }

            if (c.Law != previousLaw || c.Articles.Length == 0)
            {
                var law = byId.GetValueOrDefault(c.Law);
                var title = law?.Title ?? c.Law;
                var tag = TagOf(law?.Level ?? "");
                var head = (tag.Length > 0 ? $"【{tag}】" : "") + $"《{title}》" + (law is { Revision.Length: > 0 } ? $"（{law.Revision}）" : "");
                Line(sb, head);
            }

            var body = c.Articles.Length > 0 && c.Quote.Length > 0 ? $"{c.Articles}：{c.Quote}" : c.Articles + c.Quote;
            if (body.Length > 0)
            {
                sb.Append('\n').Append(body);
            }

            previousLaw = c.Law;
        }

        return sb.ToString();
    }

    public static string TagOf(string level) => level switch
    {
        "法律" => "法律",
        "行政法规" or "地方性法规" => "法规",
        "部门规章" or "地方政府规章" => "规章",
        "规范性文件" => "规范性文件",
        _ => "",
    };

    private static void Line(StringBuilder sb, string text)
    {
        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        sb.Append(text);
    }
}
