using System.Text.RegularExpressions;
using PowerList.Model;

namespace PowerList.Tabular;

/// <summary>The ten standard categories and how category texts (a column value or a sheet name) map to their codes.</summary>
public static partial class CategoryNames
{
    public static IReadOnlyList<(string Code, string Name, string Description)> Standard { get; } =
    [
        ("xk", "行政许可", "行政机关根据申请，经依法审查，准予公民、法人或者其他组织从事特定活动的行为。"),
        ("cf", "行政处罚", "行政机关对违反行政管理秩序的公民、法人或者其他组织，依法减损权益或者增加义务的惩戒。"),
        ("qz", "行政强制", "行政机关依法采取的行政强制措施和行政强制执行。"),
        ("zs", "行政征收", "行政机关依法向公民、法人或者其他组织征收税费或者财产。"),
        ("gf", "行政给付", "行政机关依法向公民、法人或者其他组织提供物质帮助或者其他利益。"),
        ("jc", "行政检查", "行政机关依法对公民、法人或者其他组织遵守法律、法规的情况进行的检查。"),
        ("qr", "行政确认", "行政机关依法对公民、法人或者其他组织的法律地位、法律关系或者有关事实进行的甄别和认定。"),
        ("jl", "行政奖励", "行政机关依法对作出突出贡献的公民、法人或者其他组织给予的表彰和奖励。"),
        ("cj", "行政裁决", "行政机关依法对平等主体之间与行政管理有关的民事纠纷进行的裁处。"),
        ("qt", "其他行政权力", "不属于以上类别的其他行政权力。"),
    ];

    private static readonly (string Keyword, string Code)[] Keywords =
    [
        ("许可", "xk"), ("审批", "xk"), ("处罚", "cf"), ("强制", "qz"), ("征收", "zs"), ("征用", "zs"), ("给付", "gf"),
        ("检查", "jc"), ("确认", "qr"), ("奖励", "jl"), ("裁决", "cj"), ("其他", "qt"),
    ];

    /// <summary>The code of a category text from a category column (行政处罚, 处罚, 其他权力, 其他职权 …), or null.</summary>
    public static string? FromColumn(string text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (code, name, _) in Standard)
        {
            if (key == name)
            {
                return code;
            }
        }

        if (key.StartsWith("其他", StringComparison.Ordinal))
        {
            return "qt";
        }

        foreach (var (keyword, code) in Keywords)
        {
            if (key.Contains(keyword, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// The code named by a sheet name or a section heading (行政处罚（254项）, 一、行政许可), or null. Only full
    /// category names count here, so that a sheet named after a department is not mistaken for a category.
    /// </summary>
    public static string? FromTitle(string text)
    {
        var key = Key(text);
        foreach (var (code, name, _) in Standard)
        {
            if (key.Contains(name, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return key.Contains("其他权力", StringComparison.Ordinal) || key.Contains("其他职权", StringComparison.Ordinal) ? "qt" : null;
    }

    public static string NameOf(string code) => Standard.FirstOrDefault(s => s.Code == code).Name ?? code;

    public static int OrderOf(string code)
    {
        for (var i = 0; i < Standard.Count; i++)
        {
            if (Standard[i].Code == code)
            {
                return i + 1;
            }
        }

        return Standard.Count + 1;
    }

    public static IEnumerable<Category> StandardCategories() =>
        Standard.Select((s, i) => new Category { Code = s.Code, Name = s.Name, Order = i + 1, Description = s.Description });

    private static string Key(string text) => Counts().Replace(CellText.Normalize(text), "");

    /// <summary>Counts and numbering around a name: （254项）, (3项), 一、, 1.</summary>
    [GeneratedRegex(@"\(\s*\d*\s*项?\s*\)|^[一二三四五六七八九十\d]+[、.．]")]
    private static partial Regex Counts();
}
