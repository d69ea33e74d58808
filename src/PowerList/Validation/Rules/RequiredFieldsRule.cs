using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>Fields the format marks <see cref="Field.Required"/> must be given and not empty (PL0205); reported at the mapping.</summary>
public sealed class RequiredFieldsRule : IValidationRule, IFileRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var lists = context.Lists;
        if (!lists.Site.Source.Self.IsNone)
        {
            Require(diagnostics, lists.Site, ListFormat.Site, "jurisdiction", lists.Site.Jurisdiction);
            Require(diagnostics, lists.Site, ListFormat.Site, "title", lists.Site.Title);
        }

        foreach (var c in lists.Categories)
        {
            Require(diagnostics, c, ListFormat.Category, "code", c.Code);
            Require(diagnostics, c, ListFormat.Category, "name", c.Name);
        }

        foreach (var d in lists.Departments)
        {
            Require(diagnostics, d, ListFormat.Department, "id", d.Id);
            Require(diagnostics, d, ListFormat.Department, "name", d.Name);
        }

        foreach (var l in lists.Laws)
        {
            Require(diagnostics, l, ListFormat.Law, "id", l.Id);
            Require(diagnostics, l, ListFormat.Law, "title", l.Title);
        }

        foreach (var s in lists.Synonyms)
        {
            Require(diagnostics, s, ListFormat.Synonym, "term", s.Term);
        }

    }

    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        Require(diagnostics, file, ListFormat.ListFile, "department", file.Department);
        Require(diagnostics, file, ListFormat.ListFile, "category", file.Category);
        foreach (var e in file.Entries)
        {
            CheckEntry(diagnostics, e);
        }
    }

    private static void CheckEntry(DiagnosticBag diagnostics, Entry e)
    {
        Require(diagnostics, e, ListFormat.Entry, "code", e.Code);
        Require(diagnostics, e, ListFormat.Entry, "name", e.Name);
        foreach (var s in e.SubItems)
        {
            Require(diagnostics, s, ListFormat.SubItem, "code", s.Code);
            Require(diagnostics, s, ListFormat.SubItem, "name", s.Name);
        }

        if (e.Ended is { } end)
        {
            Require(diagnostics, end, ListFormat.Ending, "type", end.Type);
        }

        foreach (var l in e.Levels)
        {
            Require(diagnostics, l, ListFormat.Level, "level", l.Name);
        }

        foreach (var r in e.Responsibilities)
        {
            Require(diagnostics, r, ListFormat.Responsibility, "stage", r.Stage);
        }

        foreach (var step in e.Process?.Steps ?? [])
        {
            Require(diagnostics, step, ListFormat.ProcessStep, "name", step.Name);
        }

        foreach (var a in e.Adjustments)
        {
            Require(diagnostics, a, ListFormat.Adjustment, "type", a.Type);
        }
    }

    private static void Require(DiagnosticBag diagnostics, Sourced record, Shape shape, string key, string value)
    {
        if (value.Length > 0 || record.Source.Has(key))
        {
            return; // given (a value of the wrong kind is reported by the loader)
        }

        var field = shape[key];
        if (!field.Required)
        {
            throw new InvalidOperationException($"{shape.Name}.{key} is not required in the format.");
        }

        diagnostics.Add(DiagnosticCodes.MissingField.At(record.Source.Self, shape.Title, $"{key}（{field.Title}）"));
    }
}
