using PowerList.Model;

namespace PowerList.Export.OpenData;

/// <summary>The open-data CSV tables: <c>entries.csv</c> (one row per entry), then the companion tables keyed by code.</summary>
public static class OpenDataTables
{
    public const string EntriesName = "entries";

    /// <summary>One row per entry, the columns of <see cref="EntryColumns"/>.</summary>
    public static DataResource Entries(bool includePrivate) => DataResource.Of(
        EntriesName, "权责事项", "每个事项一行（现行和已终止的都在内，见 status）；多值字段每行一个值。", ["code"], false,
        EntryColumns.For(includePrivate),
        c => c.Entries.Select(e => (c, e)));

    /// <summary>Every table, entries first.</summary>
    public static IReadOnlyList<DataResource> All(bool includePrivate) =>
        [Entries(includePrivate), CompanionTables.SubItems, CompanionTables.Levels, CompanionTables.Responsibilities, CompanionTables.Citations, CompanionTables.Adjustments];
}
