using System.Globalization;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>Dates are <c>YYYY-MM-DD</c> and real calendar dates (PL0310).</summary>
public sealed class DateRule : IValidationRule, IFileRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var law in context.Lists.Laws)
        {
            CheckDate(diagnostics, law.Promulgated, law.Source.Of("promulgated"));
            CheckDate(diagnostics, law.Effective, law.Source.Of("effective"));
        }
    }

    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var entry in file.Entries)
        {
            foreach (var adjustment in entry.Adjustments)
            {
                CheckDate(diagnostics, adjustment.Date, adjustment.Source.Of("date"));
            }

            if (entry.Ended is { } end)
            {
                CheckDate(diagnostics, end.Date, end.Source.Of("date"));
            }
        }
    }

    public static bool IsValidDate(string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static void CheckDate(DiagnosticBag diagnostics, string value, SourceLocation at)
    {
        if (value.Length > 0 && !IsValidDate(value))
        {
            diagnostics.Add(DiagnosticCodes.BadDate.At(at, value));
        }
    }
}
