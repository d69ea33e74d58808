using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// A public entry's <c>adjustments.replaces</c> that names a non-public entry or sub-item (PL0320, a warning): the
/// reference is never published (<see cref="PublishedLists"/>); the message names the other entry by file and line only.
/// </summary>
public sealed class PrivateReferenceRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var hidden = PublishedLists.HiddenCodes(context.Lists);
        if (hidden.Count == 0)
        {
            return;
        }

        var places = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in context.Lists.Entries)
        {
            if (!entry.Public)
            {
                places.TryAdd(entry.Code, entry.Source.Of("code"));
                foreach (var sub in entry.SubItems)
                {
                    places.TryAdd(sub.Code, sub.Source.Of("code"));
                }
            }
        }

        foreach (var entry in context.Lists.PublicEntries)
        {
            foreach (var adjustment in entry.Adjustments)
            {
                for (var i = 0; i < adjustment.Replaces.Length; i++)
                {
                    if (hidden.Contains(adjustment.Replaces[i]))
                    {
                        diagnostics.Add(DiagnosticCodes.PrivateReference.At(
                            adjustment.Source.Of($"replaces[{i}]"), context.Describe(places[adjustment.Replaces[i]])));
                    }
                }
            }
        }
    }
}
