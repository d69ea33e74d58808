using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Model;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// Writes a <see cref="ListSet"/> as a canonical snapshot: UTF-8 JSON without BOM, LF line ends, two-space indent,
/// a fixed key order, and a key written only when its value differs from the default (empty text, empty list,
/// null, <c>public: true</c>). The same lists always give the same bytes. All entries are kept, public or not:
/// the snapshot is the record; every output filters.
/// </summary>
public static class SnapshotWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ListSet lists, ReleaseInfo release)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
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
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
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

    private static void WriteEntry(Utf8JsonWriter w, Entry e)
    {
        Str(w, "code", e.Code);
        Str(w, "name", e.Name);
        Str(w, "catalogue", e.Catalogue);
        Str(w, "department", e.Department);
        Str(w, "category", e.Category);
        Array(w, "sub_items", e.SubItems, (x, s) =>
        {
            Str(x, "code", s.Code);
            Str(x, "name", s.Name);
            Array(x, "basis", s.Basis, WriteCitation);
            Str(x, "notes", s.Notes);
        });
        Array(w, "basis", e.Basis, WriteCitation);
        Str(w, "subject", e.Subject);
        Str(w, "handler", e.Handler);
        Array(w, "levels", e.Levels, (x, l) =>
        {
            Str(x, "level", l.Name);
            Str(x, "scope", l.Scope);
            Str(x, "subject", l.Subject);
        });
        Str(w, "duties", e.Duties);
        Array(w, "responsibilities", e.Responsibilities, (x, r) =>
        {
            Str(x, "stage", r.Stage);
            Str(x, "content", r.Content);
            Str(x, "basis", r.Basis);
        });
        Str(w, "accountable", e.Accountable);
        Str(w, "accountability", e.Accountability);
        if (e.Process is { } p)
        {
            w.WriteStartObject("process");
            Array(w, "steps", p.Steps, (x, s) =>
            {
                Str(x, "name", s.Name);
                Str(x, "description", s.Description);
                Str(x, "time_limit", s.TimeLimit);
            });
            Str(w, "statutory_limit", p.StatutoryLimit);
            Str(w, "promised_limit", p.PromisedLimit);
            w.WriteEndObject();
        }

        if (e.Fees is { } f)
        {
            w.WriteStartObject("fees");
            w.WriteBoolean("charged", f.Charged);
            Str(w, "basis", f.Basis);
            Str(w, "standard", f.Standard);
            w.WriteEndObject();
        }

        if (e.Supervision is { } sv)
        {
            w.WriteStartObject("supervision");
            Str(w, "method", sv.Method);
            Str(w, "phone", sv.Phone);
            w.WriteEndObject();
        }

        Strings(w, "remedies", e.Remedies);
        Str(w, "notes", e.Notes);
        if (!e.Public)
        {
            w.WriteBoolean("public", false);
        }

        Array(w, "adjustments", e.Adjustments, (x, a) =>
        {
            Str(x, "type", a.Type);
            Str(x, "document", a.Document);
            Str(x, "date", a.Date);
            Str(x, "note", a.Note);
            Strings(x, "replaces", a.Replaces);
        });
        if (e.Ended is { } end)
        {
            w.WriteStartObject("ended");
            Str(w, "type", end.Type);
            Str(w, "date", end.Date);
            Str(w, "document", end.Document);
            Str(w, "reason", end.Reason);
            Strings(w, "successors", end.Successors);
            Str(w, "to", end.To);
            w.WriteEndObject();
        }

        if (e.Extra.Count > 0)
        {
            w.WriteStartObject("extra");
            foreach (var (key, value) in e.Extra.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
        }
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation c)
    {
        Str(w, "law", c.Law);
        Str(w, "articles", c.Articles);
        Str(w, "quote", c.Quote);
        Str(w, "text", c.Text);
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
