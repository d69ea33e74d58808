using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// An entry's <c>ended:</c> (docs/format.md "The life of a power"): an ending without document or date is a warning
/// (PL0510); a 合并 names the code it was merged into (PL0511); successor codes exist in the lists or in a published
/// release (PL0512) and a successor that has ended too is a warning (PL0514); no adjustment is dated after the end
/// (PL0513). The type is checked by <see cref="EnumValueRule"/>, the date's form by <see cref="DateRule"/>.
/// </summary>
public sealed class EndingRule : IValidationRule, IFileRule
{
    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var entry in file.Entries)
        {
            if (entry.Ended is not { } end)
            {
                continue;
            }

            var missing = (end.Document.Length == 0, end.Date.Length == 0) switch
            {
                (true, true) => "文件和日期",
                (true, false) => "文件（document）",
                (false, true) => "日期（date）",
                _ => "",
            };
            if (missing.Length > 0)
            {
                diagnostics.Add(DiagnosticCodes.EndingUndocumented.At(end.Source.Self, entry.Code, missing));
            }

            if (end.Type == AdjustmentType.Merged && end.Successors.IsDefaultOrEmpty)
            {
                diagnostics.Add(DiagnosticCodes.MergeWithoutTarget.At(end.Source.Of("type")));
            }

            if (DateRule.IsValidDate(end.Date))
            {
                foreach (var adjustment in entry.Adjustments)
                {
                    if (DateRule.IsValidDate(adjustment.Date) && string.CompareOrdinal(adjustment.Date, end.Date) > 0)
                    {
                        diagnostics.Add(DiagnosticCodes.AdjustedAfterEnd.At(adjustment.Source.Of("date"), end.Date, adjustment.Type + " " + adjustment.Date));
                    }
                }
            }
        }
    }

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        IReadOnlySet<string>? published = null;
        Dictionary<string, Entry>? byCode = null;
        foreach (var entry in context.Lists.Entries)
        {
            if (entry.Ended is not { } end)
            {
                continue;
            }

            for (var i = 0; i < end.Successors.Length; i++)
            {
                var code = end.Successors[i];
                if (!context.Codes.Contains(code))
                {
                    if (!(published ??= PowerList.Versions.Snapshots.PublishedCodes.Of(context.Lists.Root)).Contains(code))
                    {
                        diagnostics.Add(DiagnosticCodes.UnknownSuccessor.At(end.Source.Of($"successors[{i}]"), code, Suggestions.Hint(code, context.Codes)));
                    }

                    continue;
                }

                byCode ??= context.Lists.Entries.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                if (byCode.TryGetValue(code, out var successor) && successor.Ended is not null)
                {
                    diagnostics.Add(DiagnosticCodes.SuccessorEnded.At(end.Source.Of($"successors[{i}]"), code, "：请写最终承接的职权编码"));
                }
            }
        }
    }
}
