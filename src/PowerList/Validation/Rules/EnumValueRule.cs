using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>Values of enumerated fields must be one of the format's allowed values, which the message lists (PL0311).</summary>
public sealed class EnumValueRule : IValidationRule, IFileRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var d in context.Lists.Departments)
        {
            CheckValue(diagnostics, d, ListFormat.Department, "kind", d.Kind);
        }

        foreach (var l in context.Lists.Laws)
        {
            CheckValue(diagnostics, l, ListFormat.Law, "level", l.Level);
            CheckValue(diagnostics, l, ListFormat.Law, "status", l.Status);
        }
    }

    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var e in file.Entries)
        {
            foreach (var a in e.Adjustments)
            {
                CheckValue(diagnostics, a, ListFormat.Adjustment, "type", a.Type);
            }

            if (e.Ended is { } end)
            {
                CheckValue(diagnostics, end, ListFormat.Ending, "type", end.Type);
            }
        }
    }

    private static void CheckValue(DiagnosticBag diagnostics, Sourced record, Shape shape, string key, string value)
    {
        var field = shape[key];
        var allowed = field.Allowed ?? throw new InvalidOperationException($"{shape.Name}.{key} has no allowed values.");
        if (value.Length > 0 && !allowed.Contains(value, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCodes.BadEnum.At(record.Source.Of(key), value, field.Title, string.Join("、", allowed)));
        }
    }
}
