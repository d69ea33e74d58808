using PowerList.Diagnostics;

namespace PowerList.Validation.Rules;

/// <summary>
/// Codes named in an adjustment's <c>replaces</c> must exist among entries and sub-items, or in a published
/// release (a merged entry replaces codes that are gone from the current lists) (PL0309).
/// </summary>
public sealed class CodeReferenceRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        IReadOnlySet<string>? published = null;
        foreach (var entry in context.Lists.Entries)
        {
            foreach (var adjustment in entry.Adjustments)
            {
                for (var i = 0; i < adjustment.Replaces.Length; i++)
                {
                    var code = adjustment.Replaces[i];
                    if (!context.Codes.Contains(code) &&
                        !(published ??= PowerList.Versions.Snapshots.PublishedCodes.Of(context.Lists.Root)).Contains(code))
                    {
                        diagnostics.Add(DiagnosticCodes.UnknownReplacedCode.At(
                            adjustment.Source.Of($"replaces[{i}]"), code, Suggestions.Hint(code, context.Codes)));
                    }
                }
            }
        }
    }
}
