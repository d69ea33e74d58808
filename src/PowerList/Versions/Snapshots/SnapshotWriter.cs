using System.Text.Json;
using PowerList.Format;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// Writes a <see cref="ListSet"/> as a canonical snapshot: UTF-8 JSON without BOM, LF line ends, two-space indent,
/// a fixed key order, and a key written only when its value differs from the default (empty text, empty list,
/// null, <c>public: true</c>). The same lists always give the same bytes. All entries are kept, public or not:
/// the snapshot is the record; every output filters. An entry's keys come from its field table.
/// </summary>
public static class SnapshotWriter
{
    public static byte[] Write(ListSet lists, ReleaseInfo release)
    {
        return IndentedJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", SnapshotFormat.Id);
            w.WriteStartObject("release");
            Str(w, "version", release.Version);
            Str(w, "date", release.Date);
            Str(w, "title", release.Title);
            Str(w, "document", release.Document);
            w.WriteEndObject();
            WriteSite(w, lists.Site);
            Array(w, "categories", lists.Categories, WriteCategory);
            Array(w, "departments", lists.Departments, WriteDepartment);
            Array(w, "laws", lists.Laws, WriteLaw);
            Array(w, "synonyms", lists.Synonyms, (x, s) =>
            {
                Str(x, "term", s.Term);
                Strings(x, "expansions", s.Expansions);
            });
            w.WriteStartArray("entries");
            foreach (var entry in lists.Entries)
            {
                w.WriteStartObject();
                WriteEntry(w, entry);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteSite(Utf8JsonWriter w, SiteInfo s)
    {
        w.WriteStartObject("site");
        Str(w, "jurisdiction", s.Jurisdiction);
        Str(w, "division_code", s.DivisionCode);
        Str(w, "level", s.Level);
        Str(w, "title", s.Title);
        Str(w, "base_url", s.BaseUrl);
        Str(w, "supervision_phone", s.SupervisionPhone);
        Str(w, "complaint_phone", s.ComplaintPhone);
        Str(w, "address", s.Address);
        Str(w, "office_hours", s.OfficeHours);
        Str(w, "website", s.Website);
        Str(w, "feedback", s.Feedback);
        Strings(w, "default_remedies", s.DefaultRemedies);
        Str(w, "description", s.Description);
        w.WriteEndObject();
    }

    private static void WriteCategory(Utf8JsonWriter w, Category c)
    {
        Str(w, "code", c.Code);
        Str(w, "name", c.Name);
        w.WriteNumber("order", c.Order);
        Str(w, "description", c.Description);
    }

    private static void WriteDepartment(Utf8JsonWriter w, Department d)
    {
        Str(w, "id", d.Id);
        Str(w, "name", d.Name);
        Str(w, "short_name", d.ShortName);
        Str(w, "kind", d.Kind);
        Str(w, "address", d.Address);
        Str(w, "phone", d.Phone);
        Str(w, "website", d.Website);
        Str(w, "supervision_phone", d.SupervisionPhone);
        Str(w, "complaint_phone", d.ComplaintPhone);
        Str(w, "office_hours", d.OfficeHours);
        Str(w, "feedback", d.Feedback);
        w.WriteNumber("order", d.Order);
    }

    private static void WriteLaw(Utf8JsonWriter w, Law l)
    {
        Str(w, "id", l.Id);
        Str(w, "title", l.Title);
        Strings(w, "aliases", l.Aliases);
        Str(w, "level", l.Level);
        Str(w, "issuer", l.Issuer);
        Str(w, "promulgated", l.Promulgated);
        Str(w, "effective", l.Effective);
        Str(w, "revision", l.Revision);
        Str(w, "status", l.Status);
        Str(w, "replaced_by", l.ReplacedBy);
    }

    /// <summary>The snapshot's keys: only values that are not the default, every present object (a record as it stands).</summary>
    private static readonly FieldJsonRules Rules = new();

    /// <summary>An entry's keys in the order of its field table (<see cref="EntryFields.Entry"/>), department and category after <c>catalogue</c>.</summary>
    private static void WriteEntry(Utf8JsonWriter w, Entry e)
    {
        foreach (var f in EntryFields.Entry.Fields)
        {
            FieldJson.Field(w, f, e, Rules);
            if (f.Key == "catalogue")
            {
                Str(w, "department", e.Department);
                Str(w, "category", e.Category);
            }
        }
    }

    private static void Str(Utf8JsonWriter w, string key, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(key, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(key);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Array<T>(Utf8JsonWriter w, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(key);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
