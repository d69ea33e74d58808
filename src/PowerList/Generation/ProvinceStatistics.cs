namespace PowerList.Generation;

/// <summary>
/// Sizes and deviation rates of a generated province (<see cref="ProvinceGenerator"/>), at scale 1: a 地县两级 catalogue
/// of 3,450 items (1,800 for both levels, 1,000 for cities only, 650 for counties only), so a county lists about 2,450
/// powers and a city about 2,800; the province lists 12,000 of its own. With 14 cities and 100 counties that is about
/// 296,000 entries. Each locality draws its own rates from the ranges below.
/// </summary>
public static class ProvinceStatistics
{
    public const int BothLevelItems = 1800;

    public const int CityOnlyItems = 1000;

    public const int CountyOnlyItems = 650;

    public const int ProvinceEntries = 12000;

    /// <summary>Share of the items given to its level that a locality does not list.</summary>
    public const double MinMissing = 0.02;

    public const double MaxMissing = 0.08;

    /// <summary>Local additions beyond the catalogue, as a share of the items given to its level.</summary>
    public const double MinExtra = 0.01;

    public const double MaxExtra = 0.05;

    /// <summary>Share of the items given only to the other level that a locality lists anyway.</summary>
    public const double MinWrongLevel = 0.002;

    public const double MaxWrongLevel = 0.01;

    /// <summary>Share of implemented items whose name the locality words differently.</summary>
    public const double ChangedText = 0.05;

    /// <summary>Share of implemented items with time limits whose promised limit the locality makes longer.</summary>
    public const double LongerLimit = 0.15;

    /// <summary>Categories whose catalogue items carry time limits (services: 许可, 确认, 奖励, 裁决, 征收, 其他).</summary>
    public static IReadOnlySet<string> TimedCategories { get; } = new HashSet<string>(StringComparer.Ordinal) { "xk", "qr", "jl", "cj", "zs", "qt" };

    /// <summary>Statutory limits (working days) drawn for a timed item; its promised limit is half (rounded down, at least 1).</summary>
    public static IReadOnlyList<int> StatutoryDays { get; } = [5, 10, 15, 20, 30, 60];

    /// <summary>Wordings a locality adds to a catalogue name.</summary>
    public static IReadOnlyList<string> NameQualifiers { get; } = ["（含备案）", "（限本行政区域内）", "（委托乡镇实施）", "及其变更", "（含延续、注销）"];
}
