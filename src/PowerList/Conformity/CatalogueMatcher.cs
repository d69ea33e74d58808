using System.Collections.Immutable;
using System.Text;
using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>
/// Ties imported entries to the items of a standard catalogue (issue 20, docs/import.md "Catalogue"): by the sheet's
/// 目录编码 column, else by the entry's code when it is an item's code, else by name in the same category — the same
/// name first (spaces and punctuation removed), then the most similar one (character pairs, Dice ≥
/// <see cref="SimilarEnough"/>, one best item). Similar and ambiguous ties are reported for review, never silent.
/// </summary>
public static class CatalogueMatcher
{
    /// <summary>The least similarity (Dice coefficient of character pairs) a name needs to be tied by likeness.</summary>
    public const double SimilarEnough = 0.6;

    public static (ImmutableArray<Entry> Entries, ImmutableArray<CatalogueMatch> Matches) Match(Catalogue catalogue, IReadOnlyList<Entry> entries)
    {
        var byCode = new Dictionary<string, CatalogueItem>(StringComparer.Ordinal);
        foreach (var item in catalogue.Items)
        {
            byCode.TryAdd(item.Code, item);
        }

        var keys = catalogue.Items.Select(i => (Item: i, Key: Key(i.Name), Pairs: Pairs(Key(i.Name)))).ToArray();
        var result = ImmutableArray.CreateBuilder<Entry>(entries.Count);
        var matches = ImmutableArray.CreateBuilder<CatalogueMatch>(entries.Count);
        foreach (var entry in entries)
        {
            var match = MatchOne(entry, byCode, keys);
            matches.Add(match);
            result.Add(match.ItemCode.Length > 0 && match.ItemCode != entry.Catalogue ? entry with { Catalogue = match.ItemCode } : entry);
        }

        return (result.MoveToImmutable(), matches.MoveToImmutable());
    }

    private static CatalogueMatch MatchOne(Entry entry, Dictionary<string, CatalogueItem> byCode, (CatalogueItem Item, string Key, HashSet<string> Pairs)[] keys)
    {
        CatalogueMatch Tie(MatchKind kind, CatalogueItem item, double similarity = 1) =>
            new(entry.Code, entry.Name, kind, item.Code, item.Name, similarity);

        if (entry.Catalogue.Length > 0)
        {
            // A code the catalogue lacks stays on the entry: validation reports it (PL0702) with a did-you-mean.
            return byCode.TryGetValue(entry.Catalogue, out var named)
                ? Tie(MatchKind.CatalogueColumn, named)
                : new CatalogueMatch(entry.Code, entry.Name, MatchKind.None, entry.Catalogue, "", 0);
        }

        // The sheet's own code: kept as the entry's code, or under 原编码 when it does not fit the code rule.
        var sheetCode = entry.Code.Length > 0 ? entry.Code : entry.Extra.GetValueOrDefault(Import.ListUpdater.OriginalCode, "").Trim();
        if (sheetCode.Length > 0 && byCode.TryGetValue(sheetCode, out var sameCode))
        {
            return Tie(MatchKind.Code, sameCode);
        }

        var key = Key(entry.Name);
        var sameCategory = keys.Where(k => k.Item.Category.Length == 0 || k.Item.Category == entry.Category).ToArray();
        var exact = sameCategory.Where(k => k.Key == key).ToArray();
        if (exact.Length == 1)
        {
            return Tie(MatchKind.Name, exact[0].Item);
        }

        if (exact.Length > 1)
        {
            return new CatalogueMatch(entry.Code, entry.Name, MatchKind.Ambiguous, "",
                string.Join("、", exact.Select(e => e.Item.Code)), 1);
        }

        var pairs = Pairs(key);
        var scored = sameCategory
            .Select(k => (k.Item, Score: Dice(pairs, k.Pairs)))
            .Where(s => s.Score >= SimilarEnough)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Item.Code, StringComparer.Ordinal)
            .Take(2)
            .ToArray();
        if (scored.Length == 0)
        {
            return new CatalogueMatch(entry.Code, entry.Name, MatchKind.None, "", "", 0);
        }

        if (scored.Length == 2 && scored[1].Score == scored[0].Score)
        {
            return new CatalogueMatch(entry.Code, entry.Name, MatchKind.Ambiguous, "",
                $"{scored[0].Item.Code}、{scored[1].Item.Code}", scored[0].Score);
        }

        return Tie(MatchKind.Similar, scored[0].Item, Math.Round(scored[0].Score, 2));
    }

    /// <summary>A name without spaces, punctuation and symbols (full and half width): 对《X》的处罚 = 对X的处罚.</summary>
    public static string Key(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }

    private static HashSet<string> Pairs(string key)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < key.Length; i++)
        {
            pairs.Add(key.Substring(i, 2));
        }

        if (key.Length == 1)
        {
            pairs.Add(key);
        }

        return pairs;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }
}
