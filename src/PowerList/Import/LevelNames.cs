using System.Text.RegularExpressions;
using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// The one vocabulary of level names (the <see cref="Model.Level"/> names): 国家级, 省级, 地州市级, 县市区级,
/// 乡镇（街道）级. Variants map to it (市级, 地级, 州级, 地市级, 设区的市级, 市本级 → 地州市级; 自治区级, 省级（自治区级）
/// → 省级; 县级, 区级, 县（市、区）级, 县市级 → 县市区级; 乡镇级, 街道级 → 乡镇（街道）级); any other name is kept as
/// written. docs/import.md ("Levels") has the table.
/// </summary>
public static partial class LevelNames
{
    public const string National = "国家级";
    public const string Province = "省级";
    public const string Prefecture = "地州市级";
    public const string County = "县市区级";
    public const string Township = "乡镇（街道）级";

    private static readonly (string Canonical, string[] Variants)[] Table =
    [
        (National, ["国家级", "国家", "中央级", "部级"]),
        (Province, ["省级", "自治区级", "省(自治区)级", "省级(自治区级)", "自治区", "省", "省(区)级", "区(省)级"]),
        (Prefecture, ["地州市级", "市级", "地级", "州级", "地市级", "地州级", "地(州、市)级", "地(州市)级", "州(市)级", "设区的市级", "设区市级", "市本级", "地区级", "市州级", "地州市", "市"]),
        (County, ["县市区级", "县级", "区级", "县(市、区)级", "县(市区)级", "县市级", "县区级", "县(区)级", "县(市)级", "区县级", "县市区", "县"]),
        (Township, ["乡镇(街道)级", "乡镇级", "乡级", "镇级", "街道级", "乡镇街道级", "乡(镇)级", "乡(镇、街道)级", "乡镇"]),
    ];

    /// <summary>The canonical name of a level text (compared without spaces, brackets made half-width).</summary>
    public static string Canonical(string name)
    {
        var key = CellText.Normalize(name).Replace('，', '、').Replace(',', '、');
        foreach (var (canonical, variants) in Table)
        {
            if (variants.Contains(key))
            {
                return canonical;
            }
        }

        return name;
    }

    /// <summary>
    /// Splits a single 实施层级及权限 cell into its level and scope: a leading level name (…级) followed by a colon,
    /// semicolon, comma or line break (or directly by 负责, 承担, 实施 …: a line break the cleaner joined), then the
    /// scope (地州市级；负责对外劳务合作经营资格初审 → 地州市级 + 负责…). A
    /// cell that is only a level name has no scope; a cell that starts with no level name is all scope.
    /// </summary>
    public static (string Level, string Scope) Split(string cell)
    {
        var m = LevelThenScope().Match(cell);
        if (!m.Success || NotALevel().IsMatch(m.Groups["level"].Value))
        {
            return ("", cell);
        }

        return (Canonical(m.Groups["level"].Value), m.Groups["scope"].Value.Trim());
    }

    [GeneratedRegex(@"^(?<level>[^\n：:；;，,。、]{1,12}级)(?:(?:[\s：:；;，,。]+|(?=负责|承担|实施|办理|受理|审批|审核))(?<scope>[\s\S]*))?$")]
    private static partial Regex LevelThenScope();

    /// <summary>Words of a scope sentence, never of a level name (负责本级…, 县级以上…, 各级).</summary>
    [GeneratedRegex(@"负责|本级|以上|以下|各级|对|由")]
    private static partial Regex NotALevel();
}
