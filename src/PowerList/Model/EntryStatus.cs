namespace PowerList.Model;

/// <summary>
/// The status of a code, derived from the lists (<see cref="Entry.Ended"/>) and the releases: in force, or ended as
/// one of the <see cref="AdjustmentType.Endings"/>. The ids are the values of <c>status</c> in search results and
/// downloads; the labels are what the site shows.
/// </summary>
public static class EntryStatus
{
    public const string InForce = "in_force";
    public const string Abolished = "abolished";
    public const string Merged = "merged";
    public const string Delegated = "delegated";
    public const string Transferred = "transferred";

    /// <summary>Every status id, in force first.</summary>
    public static IReadOnlyList<string> All { get; } = [InForce, Abolished, Merged, Delegated, Transferred];

    /// <summary>The place of a status id in <see cref="All"/> (0 for in force and unknown ids).</summary>
    public static int IndexOf(string status) => Math.Max(0, All.ToList().IndexOf(status));

    /// <summary>The status id of an ending type (取消 → abolished …); an unknown type counts as abolished.</summary>
    public static string OfType(string endingType) => endingType switch
    {
        AdjustmentType.Merged => Merged,
        AdjustmentType.Delegated => Delegated,
        AdjustmentType.Transferred => Transferred,
        _ => Abolished,
    };

    /// <summary>The status id of an entry as the lists state it.</summary>
    public static string Of(Entry entry) => entry.Ended is { } ended ? OfType(ended.Type) : InForce;

    /// <summary>现行, 已取消, 已合并, 已下放, 已转移.</summary>
    public static string Label(string status) => status switch
    {
        Abolished => "已取消",
        Merged => "已合并",
        Delegated => "已下放",
        Transferred => "已转移",
        _ => "现行",
    };
}
