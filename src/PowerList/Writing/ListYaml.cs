using PowerList.Model;

namespace PowerList.Writing;

/// <summary>
/// Canonical YAML of the list files (docs/format.md): fixed key order, empty fields omitted, the
/// <c># yaml-language-server: $schema=…</c> line first. The same model always gives the same bytes.
/// </summary>
public static class ListYaml
{
    public const string ListSchema = "../_schema/list.schema.json";

    public static string SchemaLine(string name) => $"yaml-language-server: $schema=./_schema/{name}.schema.json";

    /// <summary>
    /// <c>lists/&lt;department&gt;/&lt;category&gt;.yaml</c>; <paramref name="lawName"/> (a law id to what follows
    /// <c>law:</c>, e.g. <see cref="Loading.LawNames.CiteName"/>) writes citations by title, else they keep the id.
    /// </summary>
    public static string ListFile(string department, string category, IEnumerable<Entry> entries, Func<string, string>? lawName = null)
    {
        var w = new YamlWriter().Comment($"yaml-language-server: $schema={ListSchema}");
        w.Scalar(0, "department", department).Scalar(0, "category", category).Key(0, "entries");
        foreach (var e in entries)
        {
            WriteEntry(w, e, lawName);
        }

        return w.ToString();
    }

    public static void WriteEntry(YamlWriter w, Entry e, Func<string, string>? lawName = null)
    {
        const int i = 4;
        w.Scalar(i, "code", e.Code, "- ");
        w.Scalar(i, "name", e.Name);
        Opt(w, i, "catalogue", e.Catalogue);
        if (!e.SubItems.IsDefaultOrEmpty)
        {
            w.Key(i, "sub_items");
            foreach (var s in e.SubItems)
            {
                w.Scalar(i + 4, "code", s.Code, "- ");
                w.Scalar(i + 4, "name", s.Name);
                Citations(w, i + 4, s.Basis, lawName);
                Opt(w, i + 4, "notes", s.Notes);
            }
        }

        Citations(w, i, e.Basis, lawName);
        Opt(w, i, "subject", e.Subject);
        Opt(w, i, "handler", e.Handler);
        if (!e.Levels.IsDefaultOrEmpty)
        {
            w.Key(i, "levels");
            foreach (var l in e.Levels)
            {
                var first = true;
                void Field(string key, string value, bool always = false)
                {
                    if (value.Length == 0 && !always)
                    {
                        return;
                    }

                    w.Scalar(i + 4, key, value, first ? "- " : "");
                    first = false;
                }

                Field("level", l.Name, l.Scope.Length == 0 && l.Subject.Length == 0);
                Field("scope", l.Scope);
                Field("subject", l.Subject);
            }
        }

        Opt(w, i, "duties", e.Duties);
        if (!e.Responsibilities.IsDefaultOrEmpty)
        {
            w.Key(i, "responsibilities");
            foreach (var r in e.Responsibilities)
            {
                var first = true;
                void Field(string key, string value, bool always = false)
                {
                    if (value.Length == 0 && !always)
                    {
                        return;
                    }

                    w.Scalar(i + 4, key, value, first ? "- " : "");
                    first = false;
                }

                Field("stage", r.Stage);
                Field("content", r.Content, r.Stage.Length == 0 && r.Basis.Length == 0);
                Field("basis", r.Basis);
            }
        }

        Opt(w, i, "accountable", e.Accountable);
        Opt(w, i, "accountability", e.Accountability);
        if (e.Process is { IsEmpty: false } p)
        {
            w.Key(i, "process");
            if (!p.Steps.IsDefaultOrEmpty)
            {
                w.Key(i + 2, "steps");
                foreach (var step in p.Steps)
                {
                    w.Scalar(i + 6, "name", step.Name, "- ");
                    Opt(w, i + 6, "description", step.Description);
                    Opt(w, i + 6, "time_limit", step.TimeLimit);
                }
            }

            Opt(w, i + 2, "statutory_limit", p.StatutoryLimit);
            Opt(w, i + 2, "promised_limit", p.PromisedLimit);
        }

        if (e.Fees is { } f)
        {
            w.Key(i, "fees");
            w.Bool(i + 2, "charged", f.Charged);
            Opt(w, i + 2, "basis", f.Basis);
            Opt(w, i + 2, "standard", f.Standard);
        }

        if (e.Supervision is { } sv && (sv.Method.Length > 0 || sv.Phone.Length > 0))
        {
            w.Key(i, "supervision");
            Opt(w, i + 2, "method", sv.Method);
            Opt(w, i + 2, "phone", sv.Phone);
        }

        if (!e.Remedies.IsDefaultOrEmpty)
        {
            w.List(i, "remedies", e.Remedies);
        }

        Opt(w, i, "guide_url", e.GuideUrl);
        Opt(w, i, "online_url", e.OnlineUrl);
        Opt(w, i, "notes", e.Notes);
        if (!e.Public)
        {
            w.Bool(i, "public", false);
        }

        if (!e.Adjustments.IsDefaultOrEmpty)
        {
            w.Key(i, "adjustments");
            foreach (var a in e.Adjustments)
            {
                w.Scalar(i + 4, "type", a.Type, "- ");
                Opt(w, i + 4, "document", a.Document);
                Opt(w, i + 4, "date", a.Date);
                Opt(w, i + 4, "note", a.Note);
                if (!a.Replaces.IsDefaultOrEmpty)
                {
                    w.List(i + 4, "replaces", a.Replaces);
                }
            }
        }

        if (e.Ended is { } end)
        {
            w.Key(i, "ended");
            w.Scalar(i + 2, "type", end.Type);
            Opt(w, i + 2, "date", end.Date);
            Opt(w, i + 2, "document", end.Document);
            Opt(w, i + 2, "reason", end.Reason);
            if (!end.Successors.IsDefaultOrEmpty)
            {
                w.List(i + 2, "successors", end.Successors);
            }

            Opt(w, i + 2, "to", end.To);
        }

        if (e.Extra.Count > 0)
        {
            w.Key(i, "extra");
            foreach (var (k, v) in e.Extra)
            {
                w.ScalarQuotedKey(i + 2, k, v);
            }
        }
    }

    private static void Citations(YamlWriter w, int indent, IReadOnlyList<Citation> basis, Func<string, string>? lawName)
    {
        if (basis.Count == 0)
        {
            return;
        }

        w.Key(indent, "basis");
        foreach (var c in basis)
        {
            if (!c.IsStructured)
            {
                w.Scalar(indent + 4, "text", c.Text, "- ");
                continue;
            }

            w.Scalar(indent + 4, "law", lawName is null ? c.Law : lawName(c.Law), "- ");
            Opt(w, indent + 4, "articles", c.Articles);
            Opt(w, indent + 4, "quote", c.Quote);
        }
    }

    private static void Opt(YamlWriter w, int indent, string key, string value)
    {
        if (value.Length > 0)
        {
            w.Scalar(indent, key, value);
        }
    }
}
