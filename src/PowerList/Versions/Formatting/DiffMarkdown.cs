using System.Net;
using System.Text;
using PowerList.Model;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Formatting;

/// <summary>
/// The Markdown form (for an issue, a report or a pull request): a counts table, then a table per section. Text is
/// escaped: HTML-encoded, with Markdown's table and emphasis characters backslash-escaped; changed fields as
/// redline with <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c>.
/// </summary>
public static class DiffMarkdown
{
    public static string Write(ListDiff diff)
    {
        var names = new DiffNames(diff);
        var summary = DiffSummary.Of(diff);
        var sb = new StringBuilder();
        sb.Append("# 比较 ").Append(Esc(DiffText.Label(diff.From))).Append(" → ").Append(Esc(DiffText.Label(diff.To))).Append("\n\n");
        sb.Append("| 类型 | ").Append(string.Join(" | ", AdjustmentType.All)).Append(" | 合计 |\n");
        sb.Append("|---|").Append(string.Concat(AdjustmentType.All.Select(_ => "---:|"))).Append("---:|\n");
        sb.Append("| 职权数 | ").Append(string.Join(" | ", AdjustmentType.All.Select(summary.Count))).Append(" | ").Append(summary.Total).Append(" |\n");

        Table(sb, "新列入", diff.Added, names, null);
        Table(sb, "移出清单", diff.Removed, names, null);
        Table(sb, "内容变化", diff.Changed, names, ("变化", c => string.Join("<br>", c.Fields.Select(f => "**" + Esc(f.Label) + "**：" + Redline(f.Diff)))));
        Table(sb, "调整部门或类别", diff.Moved, names, ("原部门·类别", c => Esc(names.Department(c.FromDepartment) + "·" + names.Category(c.FromCategory))));
        Table(sb, "替代", diff.Replaced, names, ("替代的职权", c => string.Join("<br>", c.Replaces.Select(r => Esc(r.Code + " " + r.Name)))));

        if (summary.Total > 0)
        {
            sb.Append("\n## 按部门\n\n| 部门 | ").Append(string.Join(" | ", AdjustmentType.All)).Append(" | 合计 |\n|---|")
              .Append(string.Concat(AdjustmentType.All.Select(_ => "---:|"))).Append("---:|\n");
            foreach (var g in summary.ByDepartment)
            {
                sb.Append("| ").Append(Esc(g.Name)).Append(" | ").Append(string.Join(" | ", AdjustmentType.All.Select(t => g.ByType.GetValueOrDefault(t))))
                  .Append(" | ").Append(g.Total).Append(" |\n");
            }

            sb.Append("\n## 按类别\n\n| 类别 | ").Append(string.Join(" | ", AdjustmentType.All)).Append(" | 合计 |\n|---|")
              .Append(string.Concat(AdjustmentType.All.Select(_ => "---:|"))).Append("---:|\n");
            foreach (var g in summary.ByCategory)
            {
                sb.Append("| ").Append(Esc(g.Name)).Append(" | ").Append(string.Join(" | ", AdjustmentType.All.Select(t => g.ByType.GetValueOrDefault(t))))
                  .Append(" | ").Append(g.Total).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static void Table(StringBuilder sb, string title, IReadOnlyCollection<EntryChange> changes, DiffNames names,
        (string Header, Func<EntryChange, string> Cell)? extra)
    {
        if (changes.Count == 0)
        {
            return;
        }

        sb.Append("\n## ").Append(title).Append("（").Append(changes.Count).Append("）\n\n");
        sb.Append("| 类型 | 编码 | 职权名称 | 部门 | 类别 | 依据文件 |").Append(extra is { } h ? $" {h.Header} |" : "").Append('\n');
        sb.Append("|---|---|---|---|---|---|").Append(extra is null ? "" : "---|").Append('\n');
        foreach (var c in changes)
        {
            var document = string.Join(" ", new[] { c.Document, c.AdjustmentDate }.Where(x => x.Length > 0));
            sb.Append("| ").Append(Esc(c.Type)).Append(" | ").Append(Esc(c.Code)).Append(" | ").Append(Esc(c.Name))
              .Append(" | ").Append(Esc(names.Department(c.Department))).Append(" | ").Append(Esc(names.Category(c.Category)))
              .Append(" | ").Append(Esc(document)).Append(" |");
            if (extra is { } x)
            {
                sb.Append(' ').Append(x.Cell(c)).Append(" |");
            }

            sb.Append('\n');
        }
    }

    private static string Redline(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Op switch
    {
        TextSegment.Deleted => "<del>" + Esc(s.Text) + "</del>",
        TextSegment.Inserted => "<ins>" + Esc(s.Text) + "</ins>",
        _ => Esc(s.Text),
    }));

    /// <summary>HTML-escapes and neutralises Markdown syntax so list text cannot inject links, HTML or table cells.</summary>
    public static string Esc(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in WebUtility.HtmlEncode(text))
        {
            switch (ch)
            {
                case '\r':
                    break;
                case '\n':
                    sb.Append("<br>");
                    break;
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '~' or '(' or ')' or '!':
                    sb.Append('\\').Append(ch);
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }
}
