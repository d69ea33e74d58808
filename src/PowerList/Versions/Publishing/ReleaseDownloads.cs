using System.Text;
using PowerList.Model;
using PowerList.Versions.Diffing;
using PowerList.Versions.Formatting;
using PowerList.Versions.Snapshots;

namespace PowerList.Versions.Publishing;

/// <summary>
/// Open-data files of a release and of a comparison, public entries only. A release's JSON is the snapshot format
/// without the non-public entries; its CSV has one row per entry with the compared fields as text. CSV files are
/// UTF-8 with a BOM (so spreadsheet programs read the Chinese text) and CRLF.
/// </summary>
public static class ReleaseDownloads
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static string Folder(string version) => $"data/releases/{version}/";

    public static string CompareBase(string from, string to) => $"data/compare/{from}...{to}";

    public static byte[] EntriesJson(VersionSide side) =>
        SnapshotWriter.Write(PublicOnly(side.Lists), new ReleaseInfo { Version = side.Version, Date = side.Date, Title = side.Title, Document = side.Document });

    public static byte[] EntriesCsv(VersionSide side)
    {
        var laws = side.Lists.Laws.GroupBy(l => l.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var departments = side.Lists.Departments.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var categories = side.Lists.Categories.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var sb = new StringBuilder();
        var header = new[] { "code", "department", "department_name", "category", "category_name" }.Concat(EntryFieldText.Fields.Select(f => f.Key));
        sb.Append(string.Join(",", header.Select(DiffCsv.Cell))).Append("\r\n");
        foreach (var e in side.Lists.PublicEntries)
        {
            var cells = new[] { e.Code, e.Department, departments.GetValueOrDefault(e.Department, e.Department), e.Category, categories.GetValueOrDefault(e.Category, e.Category) }
                .Concat(EntryFieldText.Fields.Select(f => f.Text(e, laws)));
            sb.Append(string.Join(",", cells.Select(DiffCsv.Cell))).Append("\r\n");
        }

        return WithBom(sb.ToString());
    }

    public static byte[] DiffCsvBytes(ListDiff diff) => WithBom(DiffCsv.Write(diff));

    /// <summary>The lists without non-public entries, and without their codes in other entries' <c>replaces</c>.</summary>
    public static ListSet PublicOnly(ListSet lists)
    {
        var hidden = lists.Entries.Where(e => !e.Public).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        Entry Clean(Entry e) => e with
        {
            Adjustments = [.. e.Adjustments.Select(a => a with { Replaces = [.. a.Replaces.Where(c => !hidden.Contains(c))] })],
        };
        return lists with
        {
            Files = [.. lists.Files
                .Select(f => f with { Entries = [.. f.Entries.Where(e => e.Public).Select(Clean)] })
                .Where(f => f.Entries.Length > 0)],
        };
    }

    private static byte[] WithBom(string text) => [.. Bom, .. Encoding.UTF8.GetBytes(text)];
}
