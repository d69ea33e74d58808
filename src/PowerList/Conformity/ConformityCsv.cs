using PowerList.Export;

namespace PowerList.Conformity;

/// <summary>
/// The CSV form of a <see cref="ConformityReport"/> (<c>conformity/conformity.csv</c>, <c>powerlist conform --format
/// csv</c>): one row per catalogue item and implementing entry, in the JSON's group order (implemented, missing, extra,
/// wrong_level), each group by code. An item without entries (missing) has one row with an empty entry code; an entry
/// beyond the catalogue has an empty catalogue code. The jurisdiction is on every row so that the files of many
/// jurisdictions can be put together. Written by <see cref="CsvExporter"/> (UTF-8 with BOM, CRLF, formulas guarded).
/// </summary>
public static class ConformityCsv
{
    /// <summary>The columns, in order, with what each holds (the header is their names; docs/site.md lists them).</summary>
    public static IReadOnlyList<(string Name, string Description)> Columns { get; } =
    [
        ("jurisdiction", "辖区名称"),
        ("level", "辖区层级（省级、地州市级、县市区级）"),
        ("status", "对照结果：implemented 已实施，missing 缺少，extra 目录外，wrong_level 层级不符"),
        ("catalogue_code", "目录编码；目录外的事项为空"),
        ("name", "目录事项名称；目录外的事项为清单中的职权名称"),
        ("category", "类别代码"),
        ("catalogue_levels", "目录给出的行使层级，以、分隔；目录外的事项为清单写的实施层级"),
        ("entry_code", "实施这一项的清单职权编码；缺少的事项为空"),
    ];

    public static byte[] Write(ConformityReport report) =>
        CsvExporter.Write(Columns.Select(c => c.Name), Rows(report));

    /// <summary>The header alone (no jurisdiction).</summary>
    public static byte[] Header() => CsvExporter.Write(Columns.Select(c => c.Name), []);

    private static IEnumerable<IEnumerable<string>> Rows(ConformityReport report)
    {
        foreach (var (status, items) in Groups(report))
        {
            foreach (var item in items)
            {
                var levels = string.Join("、", item.Levels);
                if (status == "extra")
                {
                    yield return [report.Jurisdiction, report.Level, status, "", item.Name, item.Category, levels, item.Code];
                }
                else if (item.Entries.IsDefaultOrEmpty)
                {
                    yield return [report.Jurisdiction, report.Level, status, item.Code, item.Name, item.Category, levels, ""];
                }
                else
                {
                    foreach (var entry in item.Entries)
                    {
                        yield return [report.Jurisdiction, report.Level, status, item.Code, item.Name, item.Category, levels, entry];
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Status, IEnumerable<ConformityItem> Items)> Groups(ConformityReport report) =>
    [
        ("implemented", report.Implemented),
        ("missing", report.Missing),
        ("extra", report.Extra),
        ("wrong_level", report.WrongLevel),
    ];
}
