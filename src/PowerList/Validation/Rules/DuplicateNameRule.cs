using PowerList.Diagnostics;

namespace PowerList.Validation.Rules;

/// <summary>Warns when one department lists two entries of the same name in one category (PL0403), and of repeated synonym terms (PL0404).</summary>
public sealed class DuplicateNameRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        // Counted first (no text is built per entry); places looked up only for repeated names.
        var names = DuplicateFinder.Repeated(
            context.Lists.Entries,
            e => e.Name.Length > 0,
            e => (e.Department, e.Category, e.Name),
            e => e.Source.Of("name"),
            EqualityComparer<(string Department, string Category, string Name)>.Default);
        foreach (var (key, places) in names)
        {
            var name = key.Name;
            for (var i = 0; i < places.Count; i++)
            {
                diagnostics.Add(DiagnosticCodes.DuplicateName.At(places[i], name, context.Describe(places[i == 0 ? 1 : 0])));
            }
        }

        var terms = new Dictionary<string, List<SourceLocation>>(StringComparer.Ordinal);
        foreach (var synonym in context.Lists.Synonyms)
        {
            if (synonym.Term.Length == 0)
            {
                continue;
            }

            if (!terms.TryGetValue(synonym.Term, out var places))
            {
                places = new List<SourceLocation>(1);
                terms[synonym.Term] = places;
            }

            places.Add(synonym.Source.Of("term"));
        }

        UniqueIdentifierRule.Report(context, terms, (at, term, other) => DiagnosticCodes.DuplicateTerm.At(at, term, other), diagnostics);
    }
}
