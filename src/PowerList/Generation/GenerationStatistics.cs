namespace PowerList.Generation;

/// <summary>
/// Statistics measured on the 11 official Karamay 2024 lists (1,550 entries, imported with <c>powerlist import</c>;
/// <c>bench/make-corpus.py</c> keeps their text as the generator's corpus). The generator draws categories and
/// sub-items from these constants; text lengths follow the real data because the text models aim at real lengths
/// (real: name median 31 characters, p95 69; legal basis quotes median 217, p95 738 per entry; 责任事项
/// median 137; 追责情形 median 218, p95 399).
/// </summary>
public static class GenerationStatistics
{
    /// <summary>Share of entries per category code, in the real lists (sums to 1).</summary>
    public static IReadOnlyList<(string Category, double Share)> CategoryShares { get; } =
    [
        ("cf", 0.7632), // 行政处罚
        ("jc", 0.0794), // 行政检查
        ("qz", 0.0542), // 行政强制
        ("qt", 0.0445), // 其他行政权力
        ("xk", 0.0374), // 行政许可
        ("jl", 0.0084), // 行政奖励
        ("qr", 0.0084), // 行政确认
        ("cj", 0.0039), // 行政裁决
        ("zs", 0.0006), // 行政征收
    ];

    /// <summary>Share of entries with 子项 (6 of 1,550 in the real lists; 1 to 5 sub-items each).</summary>
    public const double SubItemShare = 0.0039;

    /// <summary>Most sub-items one entry has in the real lists.</summary>
    public const int MaxSubItems = 5;

    /// <summary>
    /// Generated legal quotes aim at a real quote's length times this factor: the Karamay quotes (entry median 217,
    /// p95 738 characters) are shorter than the provincial lists the issue describes (median ~300, p95 ~950).
    /// </summary>
    public const double QuoteLengthFactor = 1.9;

    /// <summary>A law with at least this many distinct real quotes gets its own quote model (else all quotes are used).</summary>
    public const int MinLawModelQuotes = 4;

    /// <summary>A law whose real quotes have at least this many characters gets 3 characters of context, else 2.</summary>
    public const int MinLawModelCharacters = 1500;

    /// <summary>A department's size is its real agency's size times a factor drawn from this range.</summary>
    public const double MinSizeFactor = 0.5;

    public const double MaxSizeFactor = 1.5;
}
