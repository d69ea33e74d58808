using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Loading;

namespace PowerList.Validation.Rules;

/// <summary>
/// The standard catalogue and the entries that name its items: an entry's <c>catalogue</c> code needs a catalogue
/// (PL0701) that has it (PL0702, with a did-you-mean); a catalogue item names a known category (PL0703) and known
/// levels (PL0704); an entry of another category than its item's is a warning (PL0705). Duplicate item codes are
/// <see cref="UniqueIdentifierRule"/>'s.
/// </summary>
public sealed class CatalogueRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var catalogue = context.Lists.Catalogue;
        var items = new Dictionary<string, Model.CatalogueItem>(StringComparer.Ordinal);
        if (catalogue is not null)
        {
            foreach (var item in catalogue.Items)
            {
                items.TryAdd(item.Code, item);
                if (item.Category.Length > 0 && context.CanLookUp(ListFileKind.Categories) && !context.Categories.ContainsKey(item.Category))
                {
                    diagnostics.Add(DiagnosticCodes.CatalogueCategory.At(
                        item.Source.Of("category"), item.Category, Suggestions.Hint(item.Category, context.Categories.Keys)));
                }

                for (var i = 0; i < item.Levels.Length; i++)
                {
                    if (!ListFormat.JurisdictionLevels.Contains(item.Levels[i]))
                    {
                        diagnostics.Add(DiagnosticCodes.CatalogueLevel.At(
                            item.Source.Of($"levels[{i}]"), item.Levels[i], string.Join("、", ListFormat.JurisdictionLevels)));
                    }
                }
            }
        }

        foreach (var entry in context.Lists.Entries)
        {
            if (entry.Catalogue.Length == 0)
            {
                continue;
            }

            var at = entry.Source.Of("catalogue");
            if (catalogue is null)
            {
                if (context.CanLookUp(ListFileKind.Catalogue))
                {
                    diagnostics.Add(DiagnosticCodes.NoCatalogue.At(at, entry.Catalogue));
                }
            }
            else if (!items.TryGetValue(entry.Catalogue, out var item))
            {
                diagnostics.Add(DiagnosticCodes.UnknownCatalogueItem.At(at, entry.Catalogue, Suggestions.Hint(entry.Catalogue, items.Keys)));
            }
            else if (item.Category.Length > 0 && item.Category != entry.Category)
            {
                diagnostics.Add(DiagnosticCodes.CatalogueCategoryDiffers.At(at, entry.Category, item.Code, item.Category));
            }
        }
    }
}
