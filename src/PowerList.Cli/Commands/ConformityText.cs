using PowerList.Conformity;

namespace PowerList.Cli.Commands;

/// <summary>The text form of a conformity report: a summary line, then each group with its items.</summary>
internal static class ConformityText
{
    public static void Write(TextWriter output, ConformityReport report)
    {
        output.WriteLine($"{report.Jurisdiction}（{(report.Level.Length > 0 ? report.Level : "层级未知")}）对照《{report.Catalogue}》：" +
            $"已实施 {report.Implemented.Length}，缺少 {report.Missing.Length}，目录外 {report.Extra.Length}，层级不符 {report.WrongLevel.Length}");
        if (!report.Applicable)
        {
            output.WriteLine(report.NotApplicableNote);
        }

        Group(output, "缺少（目录中有、本级应实施，清单中没有）", report.Missing, false);
        Group(output, "目录外（清单中有、目录中没有）", report.Extra, false);
        Group(output, "层级不符（目录未把这项交给本级）", report.WrongLevel, true);
    }

    private static void Group(TextWriter output, string title, IReadOnlyList<ConformityItem> items, bool withEntries)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title}：{items.Count}");
        foreach (var item in items)
        {
            var levels = item.Levels.Length > 0 ? $"（{string.Join("、", item.Levels)}）" : "";
            var entries = withEntries ? $" ← {string.Join("、", item.Entries)}" : "";
            output.WriteLine($"  {item.Code} {item.Name}{levels}{entries}");
        }
    }
}
