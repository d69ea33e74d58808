using PowerList.Diagnostics;

namespace PowerList.Validation.Rules;

/// <summary>Warns when one department lists two entries of the same name in one category (PL0403), and of repeated synonym terms (PL0404).</summary>
public sealed class DuplicateNameRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, List<SourceLocation>>(StringComparer.Ordinal);
        foreach (var entry in context.Lists.Entries)
        {
            if (entry.Name.Length == 0)
            {
                continue;
            }

            var key = $"{entry.Department}\u0000{entry.Category}\u0000{entry.Name}";
            if (!names.TryGetValue(key, out var places))
            {
                places = new List<SourceLocation>(1);
                names[key] = places;
            }

            places.Add(entry.Source.Of("name"));
        }

        foreach (var (key, places) in names)
        {
            if (places.Count < 2)
            {
                continue;
            }

            var name = key[(key.LastIndexOf('\u0000') + 1)..];
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
