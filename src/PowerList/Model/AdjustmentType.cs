namespace PowerList.Model;

/// <summary>The kinds of adjustment a list records. YAML spelling is the Chinese word.</summary>
public static class AdjustmentType
{
    public const string Added = "新增";
    public const string Abolished = "取消";
    public const string Delegated = "下放";
    public const string Adjusted = "调整";
    public const string Merged = "合并";
    public const string Transferred = "转移";

    public static IReadOnlyList<string> All { get; } = [Added, Abolished, Delegated, Adjusted, Merged, Transferred];

    /// <summary>The types that end a power (<see cref="Ending.Type"/>): it is abolished, merged into another code, delegated to a lower level or transferred to another department.</summary>
    public static IReadOnlyList<string> Endings { get; } = [Abolished, Merged, Delegated, Transferred];
}
