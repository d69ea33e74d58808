using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// Cited laws must exist (PL0307, with a suggestion); citing a repealed law is a warning (PL0502);
/// <c>replaced_by</c> must name a law (PL0308); a citation needs a law or a text (PL0314).
/// </summary>
public sealed class LawReferenceRule : IValidationRule, IFileRule
{
    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var citation in ValidationContext.Citations(file))
        {
            if (!citation.IsStructured)
            {
                if (citation.Text.Length == 0)
                {
                    diagnostics.Add(DiagnosticCodes.EmptyCitation.At(citation.Source.Self));
                }

                continue;
            }

            var at = citation.Source.Of("law");
            if (!context.Laws.TryGetValue(citation.Law, out var law))
            {
                if (!context.CanLookUp(ListFileKind.Laws))
                {
                    continue;
                }

                diagnostics.Add(DiagnosticCodes.UnknownLaw.At(at, citation.Law, Suggestions.Hint(citation.Law, context.Laws.Keys)));
            }
            else if (law.Status == ListFormat.LawRepealed)
            {
                var hint = law.ReplacedBy.Length > 0 ? $"，已由“{law.ReplacedBy}”替代" : "";
                diagnostics.Add(DiagnosticCodes.RepealedLaw.At(at, citation.Law, hint));
            }
        }
    }

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var law in context.Lists.Laws)
        {
            if (law.ReplacedBy.Length > 0 && !context.Laws.ContainsKey(law.ReplacedBy))
            {
                diagnostics.Add(DiagnosticCodes.UnknownReplacement.At(
                    law.Source.Of("replaced_by"), law.ReplacedBy, Suggestions.Hint(law.ReplacedBy, context.Laws.Keys)));
            }
        }
    }
}
