namespace PowerList.Versions.Diffing;

/// <summary>
/// The seniority of 实施层级 names: 0 national … 4 township. Used to recognise 下放 (delegation to a lower level).
/// Unknown names have no rank.
/// </summary>
public static class LevelRanks
{
    public static int? Of(string level)
    {
        var name = level.Trim();
        if (name.Length == 0) return null;
        if (name.StartsWith("国家", StringComparison.Ordinal) || name.StartsWith("中央", StringComparison.Ordinal)) return 0;
        if (name.StartsWith("省", StringComparison.Ordinal) || name.StartsWith("自治区", StringComparison.Ordinal)) return 1;
        if (name.StartsWith("地", StringComparison.Ordinal) || name.StartsWith("市", StringComparison.Ordinal) || name.StartsWith("州", StringComparison.Ordinal)) return 2;
        if (name.StartsWith("县", StringComparison.Ordinal) || name.StartsWith("区", StringComparison.Ordinal)) return 3;
        if (name.StartsWith("乡", StringComparison.Ordinal) || name.StartsWith("镇", StringComparison.Ordinal) || name.StartsWith("街道", StringComparison.Ordinal)) return 4;
        return null;
    }
}
