using System.Collections.Immutable;
using System.Text.Json;
using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// Reads a snapshot written by <see cref="SnapshotWriter"/> back into a <see cref="ListSet"/>, so any release can be
/// rendered and compared from the repository alone. Every object's source is the snapshot file.
/// </summary>
public static class SnapshotReader
{
    /// <summary>The lists of the snapshot, or null with a diagnostic when the bytes are not a snapshot.</summary>
    public static ListSet? Read(byte[] bytes, string path, string listsRoot, DiagnosticBag diagnostics)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(at, VersionDiagnostics.SnapshotUnreadable, $"快照不是有效的 JSON：{ex.Message}");
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "format") != SnapshotFormat.Id)
            {
                diagnostics.Error(SourceLocation.OfFile(path), VersionDiagnostics.SnapshotUnreadable,
                    $"不是 PowerList 快照（format 应为 {SnapshotFormat.Id}）");
                return null;
            }

            var src = SourceInfo.At(SourceLocation.OfFile(path));
            var entries = Objects(root, "entries").Select(e => ReadEntry(e, src)).ToList();
            var files = entries
                .GroupBy(e => (e.Department, e.Category))
                .Select(g => new ListFile
                {
                    Path = Path.Combine(listsRoot, g.Key.Department, g.Key.Category + ".yaml"),
                    Department = g.Key.Department,
                    Category = g.Key.Category,
                    Entries = [.. g],
                    Source = src,
                })
                .OrderBy(f => $"{f.Department}/{f.Category}.yaml", StringComparer.Ordinal)
                .ToImmutableArray();
            var site = root.TryGetProperty("site", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
            return new ListSet
            {
                Root = listsRoot,
                Site = site.ValueKind == JsonValueKind.Object
                    ? new SiteInfo
                    {
                        Jurisdiction = Str(site, "jurisdiction"),
                        DivisionCode = Str(site, "division_code"),
                        Level = Str(site, "level"),
                        Title = Str(site, "title"),
                        BaseUrl = Str(site, "base_url"),
                        SupervisionPhone = Str(site, "supervision_phone"),
                        ComplaintPhone = Str(site, "complaint_phone"),
                        Address = Str(site, "address"),
                        OfficeHours = Str(site, "office_hours"),
                        Website = Str(site, "website"),
                        Feedback = Str(site, "feedback"),
                        DefaultRemedies = Strings(site, "default_remedies"),
                        Description = Str(site, "description"),
                        Source = src,
                    }
                    : new SiteInfo { Source = src },
                Categories = [.. Objects(root, "categories").Select(c => new Category
                {
                    Code = Str(c, "code"), Name = Str(c, "name"), Order = Int(c, "order"),
                    Description = Str(c, "description"), Source = src,
                })],
                Departments = [.. Objects(root, "departments").Select(d => new Department
                {
                    Id = Str(d, "id"), Name = Str(d, "name"), ShortName = Str(d, "short_name"), Kind = Str(d, "kind"),
                    Address = Str(d, "address"), Phone = Str(d, "phone"), Website = Str(d, "website"),
                    SupervisionPhone = Str(d, "supervision_phone"), ComplaintPhone = Str(d, "complaint_phone"),
                    OfficeHours = Str(d, "office_hours"), Feedback = Str(d, "feedback"),
                    Order = Int(d, "order"), Source = src,
                })],
                Laws = [.. Objects(root, "laws").Select(l => new Law
                {
                    Id = Str(l, "id"), Title = Str(l, "title"), Aliases = Strings(l, "aliases"), Level = Str(l, "level"),
                    Issuer = Str(l, "issuer"), Promulgated = Str(l, "promulgated"), Effective = Str(l, "effective"),
                    Revision = Str(l, "revision"), Status = Str(l, "status"), ReplacedBy = Str(l, "replaced_by"),
                    Source = src,
                })],
                Synonyms = [.. Objects(root, "synonyms").Select(x => new Synonym
                {
                    Term = Str(x, "term"), Expansions = Strings(x, "expansions"), Source = src,
                })],
                Files = files,
            };
        }
    }

    /// <summary>The <c>release</c> object of a snapshot (version, date, title, document), without its digest.</summary>
    public static ReleaseInfo? ReadRelease(byte[] bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            if (!doc.RootElement.TryGetProperty("release", out var r) || r.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new ReleaseInfo
            {
                Version = Str(r, "version"), Date = Str(r, "date"), Title = Str(r, "title"), Document = Str(r, "document"),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An entry through its field table (<see cref="EntryFields.Entry"/>); department and category are the snapshot's own keys.</summary>
    private static Entry ReadEntry(JsonElement e, SourceInfo src) =>
        EntryFields.Entry.Bind(
            new SnapshotFields(e, EntryFields.Entry, src),
            new Entry { Department = Str(e, "department"), Category = Str(e, "category"), Source = src });

    private static IEnumerable<JsonElement> Objects(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object)
            : [];

    private static string Str(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static int Int(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;

    private static ImmutableArray<string> Strings(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString() ?? "")]
            : [];
}
