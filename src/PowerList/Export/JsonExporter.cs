using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Tabular;
using PowerList.Model;

namespace PowerList.Export;

/// <summary>Writes entries as a JSON array of objects: code, name, department, category, public, then every field (empty ones omitted).</summary>
public static class JsonExporter
{
    public static byte[] Write(ListSet lists, IEnumerable<Entry> entries)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                WriteEntry(w, lists, e);
            }

            w.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return PowerList.Output.ScriptSafeJson.Escape(stream.ToArray());
    }

    private static void WriteEntry(Utf8JsonWriter w, ListSet lists, Entry e)
    {
        w.WriteStartObject();
        w.WriteString("code", e.Code);
        w.WriteString("name", e.Name);
        if (e.Catalogue.Length > 0)
        {
            w.WriteString("catalogue", e.Catalogue);
        }

        w.WriteString("department", e.Department);
        w.WriteString("department_name", lists.Departments.FirstOrDefault(d => d.Id == e.Department)?.Name ?? "");
        w.WriteString("category", e.Category);
        w.WriteString("category_name", lists.Categories.FirstOrDefault(c => c.Code == e.Category)?.Name ?? CategoryNames.NameOf(e.Category));
        w.WriteBoolean("public", e.Public);
        if (e.SubItems.Length > 0)
        {
            w.WriteStartArray("sub_items");
            foreach (var s in e.SubItems)
            {
                w.WriteStartObject();
                w.WriteString("code", s.Code);
                w.WriteString("name", s.Name);
                Citations(w, lists, s.Basis);
                Opt(w, "notes", s.Notes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Citations(w, lists, e.Basis);
        Opt(w, "subject", e.Subject);
        Opt(w, "handler", e.Handler);
        if (e.Levels.Length > 0)
        {
            w.WriteStartArray("levels");
            foreach (var l in e.Levels)
            {
                w.WriteStartObject();
                Opt(w, "level", l.Name);
                Opt(w, "scope", l.Scope);
                Opt(w, "subject", l.Subject);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Opt(w, "duties", e.Duties);
        if (e.Responsibilities.Length > 0)
        {
            w.WriteStartArray("responsibilities");
            foreach (var r in e.Responsibilities)
            {
                w.WriteStartObject();
                Opt(w, "stage", r.Stage);
                Opt(w, "content", r.Content);
                Opt(w, "basis", r.Basis);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Opt(w, "accountable", e.Accountable);
        Opt(w, "accountability", e.Accountability);
        if (e.Process is { IsEmpty: false } p)
        {
            w.WriteStartObject("process");
            if (p.Steps.Length > 0)
            {
                w.WriteStartArray("steps");
                foreach (var s in p.Steps)
                {
                    w.WriteStartObject();
                    Opt(w, "name", s.Name);
                    Opt(w, "description", s.Description);
                    Opt(w, "time_limit", s.TimeLimit);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Opt(w, "statutory_limit", p.StatutoryLimit);
            Opt(w, "promised_limit", p.PromisedLimit);
            w.WriteEndObject();
        }

        if (e.Fees is { } f)
        {
            w.WriteStartObject("fees");
            w.WriteBoolean("charged", f.Charged);
            Opt(w, "basis", f.Basis);
            Opt(w, "standard", f.Standard);
            w.WriteEndObject();
        }

        if (e.Supervision is { } sv)
        {
            w.WriteStartObject("supervision");
            Opt(w, "method", sv.Method);
            Opt(w, "phone", sv.Phone);
            w.WriteEndObject();
        }

        if (e.Remedies.Length > 0)
        {
            w.WriteStartArray("remedies");
            foreach (var r in e.Remedies)
            {
                w.WriteStringValue(r);
            }

            w.WriteEndArray();
        }

        Opt(w, "guide_url", e.GuideUrl);
        Opt(w, "online_url", e.OnlineUrl);
        Opt(w, "notes", e.Notes);
        if (e.Adjustments.Length > 0)
        {
            w.WriteStartArray("adjustments");
            foreach (var a in e.Adjustments)
            {
                w.WriteStartObject();
                Opt(w, "type", a.Type);
                Opt(w, "document", a.Document);
                Opt(w, "date", a.Date);
                Opt(w, "note", a.Note);
                if (a.Replaces.Length > 0)
                {
                    w.WriteStartArray("replaces");
                    foreach (var r in a.Replaces)
                    {
                        w.WriteStringValue(r);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteString("status", EntryStatus.Of(e));
        if (e.Ended is { } end)
        {
            w.WriteStartObject("ended");
            Opt(w, "type", end.Type);
            Opt(w, "date", end.Date);
            Opt(w, "document", end.Document);
            Opt(w, "reason", end.Reason);
            if (end.Successors.Length > 0)
            {
                w.WriteStartArray("successors");
                foreach (var code in end.Successors)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
            }

            Opt(w, "to", end.To);
            w.WriteEndObject();
        }

        if (e.Extra.Count > 0)
        {
            w.WriteStartObject("extra");
            foreach (var (k, v) in e.Extra)
            {
                w.WriteString(k, v);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Citations(Utf8JsonWriter w, ListSet lists, IReadOnlyList<Citation> basis)
    {
        if (basis.Count == 0)
        {
            return;
        }

        w.WriteStartArray("basis");
        foreach (var c in basis)
        {
            w.WriteStartObject();
            if (c.IsStructured)
            {
                w.WriteString("law", c.Law);
                w.WriteString("law_title", lists.Laws.FirstOrDefault(l => l.Id == c.Law)?.Title ?? "");
                Opt(w, "articles", c.Articles);
                Opt(w, "quote", c.Quote);
            }
            else
            {
                w.WriteString("text", c.Text);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Opt(Utf8JsonWriter w, string key, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(key, value);
        }
    }
}
