using System.Text;
using PowerList.Model;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Formatting;

/// <summary>
/// The plain-text form for a terminal: a heading, counts by type, then each section; changed fields as redline
/// with <c>[-deleted-]</c> and <c>{+inserted+}</c>; counts by department and category at the end.
/// </summary>
public static class DiffText
{
    public static string Write(ListDiff diff)
    {
        var names = new DiffNames(diff);
        var summary = DiffSummary.Of(diff);
        var sb = new StringBuilder();
        sb.Append("比较 ").Append(Label(diff.From)).Append(" → ").Append(Label(diff.To)).Append('\n');
        sb.Append("共 ").Append(summary.Total).Append(" 项职权有变化：")
          .Append(string.Join("　", AdjustmentType.All.Select(t => $"{t} {summary.Count(t)}"))).Append('\n');

        Section(sb, "新列入", diff.Added, names, (c, s) => { });
        Section(sb, "移出清单", diff.Removed, names, (c, s) => { });
        Section(sb, "内容变化", diff.Changed, names, (c, s) =>
        {
            foreach (var f in c.Fields)
            {
                s.Append("      ").Append(f.Label).Append("：").Append(Redline(f.Diff).Replace("\n", "\n        ", StringComparison.Ordinal)).Append('\n');
            }
        });
        Section(sb, "调整部门或类别", diff.Moved, names, (c, s) =>
            s.Append("      ").Append(names.Department(c.FromDepartment)).Append('·').Append(names.Category(c.FromCategory))
             .Append(" → ").Append(names.Department(c.Department)).Append('·').Append(names.Category(c.Category)).Append('\n'));
        Section(sb, "替代", diff.Replaced, names, (c, s) =>
        {
            foreach (var r in c.Replaces)
            {
                s.Append("      替代 ").Append(r.Code).Append(' ').Append(r.Name).Append('\n');
            }
        });

        if (summary.Total > 0)
        {
            sb.Append("\n按部门：\n");
            foreach (var g in summary.ByDepartment)
            {
                sb.Append("  ").Append(g.Name).Append("：").Append(Counts(g)).Append('\n');
            }

            sb.Append("按类别：\n");
            foreach (var g in summary.ByCategory)
            {
                sb.Append("  ").Append(g.Name).Append("：").Append(Counts(g)).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Text with deletions as <c>[-…-]</c> and insertions as <c>{+…+}</c>.</summary>
    public static string Redline(IEnumerable<TextSegment> segments)
    {
        var sb = new StringBuilder();
        foreach (var s in segments)
        {
            _ = s.Op switch
            {
                TextSegment.Deleted => sb.Append("[-").Append(s.Text).Append("-]"),
                TextSegment.Inserted => sb.Append("{+").Append(s.Text).Append("+}"),
                _ => sb.Append(s.Text),
            };
        }

        return sb.ToString();
    }

    public static string Label(VersionSide side) =>
        side.IsCurrent ? "当前清单（current）" : side.Date.Length > 0 ? $"{side.Version}（{side.Date}）" : side.Version;

    private static string Counts(DiffSummary.Group g) =>
        string.Join("　", AdjustmentType.All.Where(t => g.ByType.GetValueOrDefault(t) > 0).Select(t => $"{t} {g.ByType[t]}"));

    private static void Section(StringBuilder sb, string title, IReadOnlyCollection<EntryChange> changes, DiffNames names, Action<EntryChange, StringBuilder> details)
    {
        if (changes.Count == 0)
        {
            return;
        }

        sb.Append('\n').Append(title).Append("（").Append(changes.Count).Append("）\n");
        foreach (var c in changes)
        {
            sb.Append("  ").Append(c.Type).Append(' ').Append(c.Code).Append(' ').Append(c.Name)
              .Append("［").Append(names.Department(c.Department)).Append('·').Append(names.Category(c.Category)).Append("］");
            if (c.Document.Length > 0 || c.AdjustmentDate.Length > 0)
            {
                sb.Append(" 依据 ").Append(string.Join(" ", new[] { c.Document, c.AdjustmentDate }.Where(x => x.Length > 0)));
            }

            sb.Append('\n');
            details(c, sb);
        }
    }
}
