namespace PowerList.Model;

/// <summary>The kinds of adjustment a list records. YAML spelling is the Chinese word.</summary>
public static class AdjustmentType
{
    public const string Added = "新增";
    public const string Abolished = "取消";
    public const string Delegated = "下放";
    public const string Adjusted = "调整";
    public const string Merged = "合并";

    public static IReadOnlyList<string> All { get; } = [Added, Abolished, Delegated, Adjusted, Merged];
}
