using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// Cited laws must exist (PL0307, with the nearest titles) and a title must name one law only (PL0317); the loader
/// (<see cref="LawBinder"/>) has already replaced every title that names one law by its id. Citing a repealed law is a
/// warning (PL0502);
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

                var candidates = context.LawNames.Candidates(citation.Law);
                diagnostics.Add(candidates.Count > 1
                    ? DiagnosticCodes.AmbiguousLaw.At(at, citation.Law, string.Join("、", candidates.Select(c => $"“{c.Title}”（{c.Id}）")))
                    : DiagnosticCodes.UnknownLaw.At(at, citation.Law, context.LawNames.Hint(citation.Law)));
            }
            else if (law.Status == ListFormat.LawRepealed)
            {
                var hint = law.ReplacedBy.Length > 0
                    ? $"，已由“{(context.Laws.TryGetValue(law.ReplacedBy, out var next) ? next.Title : law.ReplacedBy)}”替代"
                    : "";
                diagnostics.Add(DiagnosticCodes.RepealedLaw.At(at, law.Title, hint));
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
