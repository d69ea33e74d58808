using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// Reads a 是否公开/是否公示 cell. Yes: 是, 公开, 公示, 主动公开, 予以公开 …; no: 否, 不公开, 不公示, 涉密, 不予公开,
/// 依申请公开 …. Anything else is unknown, and an unknown mark is read as not public (nothing published by
/// accident; the report names the row). A cell of several lines (rows merged into one entry) is public only when
/// every line is.
/// </summary>
public static class PublicValues
{
    private static readonly string[] Yes = ["是", "公开", "公示", "主动公开", "予以公开", "予以公示", "对外公开", "公开公示", "√", "Y", "YES", "TRUE"];

    private static readonly string[] No =
        ["否", "不公开", "不公示", "涉密", "不予公开", "不予公示", "不公布", "不对外公开", "依申请公开", "内部", "×", "N", "NO", "FALSE"];

    /// <summary>True (public), false (not public) or null (not a mark the import knows).</summary>
    public static bool? Read(string text)
    {
        var result = (bool?)true;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = CellText.Normalize(line).ToUpperInvariant();
            if (No.Contains(key))
            {
                return false;
            }

            if (!Yes.Contains(key))
            {
                result = null;
            }
        }

        return result;
    }

    /// <summary>Whether an entry with this cell is published: only when the cell is empty or reads as yes.</summary>
    public static bool IsPublic(string text) => text.Length == 0 || Read(text) == true;
}
