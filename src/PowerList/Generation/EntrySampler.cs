using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Generation;

/// <summary>
/// Makes new entries from real ones: a template entry of the same agency and category (or of any agency when the
/// agency has none in that category) gives the text fields, its name is varied by swapping 、-separated phrases with
/// phrases of other real names, citations may move to another article of the same law, sub-items follow
/// <see cref="GenerationStatistics.SubItemShare"/>. All randomness comes from the caller's seeded <see cref="Random"/>.
/// </summary>
public sealed class EntrySampler
{
    private readonly Corpus _corpus;
    private readonly Dictionary<string, Entry[]> _byCategory;
    private readonly Dictionary<(string Agency, string Category), Entry[]> _byAgency;
    private readonly Dictionary<string, string[]> _phrases;
    private readonly Dictionary<string, Citation[]> _articles;
    private readonly double[] _cumulative;

    public EntrySampler(Corpus corpus)
    {
        _corpus = corpus;
        var all = corpus.Agencies.SelectMany(a => a.Entries).ToArray();
        _byCategory = all.GroupBy(e => e.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byAgency = corpus.Agencies.SelectMany(a => a.Entries.Select(e => (a.Id, e)))
            .GroupBy(x => (x.Id, x.e.Category))
            .ToDictionary(g => g.Key, g => g.Select(x => x.e).ToArray());
        _phrases = all.GroupBy(e => e.Category, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.SelectMany(e => InnerPhrases(e.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        _articles = all.SelectMany(e => e.Basis).Where(c => c.IsStructured)
            .GroupBy(c => c.Law, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.DistinctBy(c => (c.Articles, c.Quote)).ToArray(), StringComparer.Ordinal);
        var sum = 0.0;
        _cumulative = GenerationStatistics.CategoryShares.Select(s => sum += s.Share).ToArray();
    }

    /// <summary>Draws a category code by the real shares.</summary>
    public string NextCategory(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.FindIndex(_cumulative, c => x < c);
        return GenerationStatistics.CategoryShares[i < 0 ? _cumulative.Length - 1 : i].Category;
    }

    /// <summary>
    /// A new entry of <paramref name="agency"/> in <paramref name="category"/>; <paramref name="usedNames"/> holds the
    /// names already taken in this department and category (the new name is added).
    /// </summary>
    public Entry Next(Random random, CorpusAgency agency, string category, ISet<string> usedNames)
    {
        var pool = _byAgency.TryGetValue((agency.Id, category), out var own) ? own : _byCategory[category];
        var template = pool[random.Next(pool.Length)];
        var name = UniqueName(random, template.Name, category, usedNames);
        var basis = template.Basis.Select(c => Vary(random, c)).ToImmutableArray();
        var subItems = ImmutableArray<SubItem>.Empty;
        if (random.NextDouble() < GenerationStatistics.SubItemShare)
        {
            subItems = template.SubItems.IsDefaultOrEmpty
                ? Enumerable.Range(0, 1 + random.Next(GenerationStatistics.MaxSubItems))
                    .Select(_ => new SubItem { Name = _byCategory[category][random.Next(_byCategory[category].Length)].Name })
                    .DistinctBy(s => s.Name)
                    .ToImmutableArray()
                : template.SubItems;
        }

        return template with { Name = name, Category = category, Basis = basis, SubItems = subItems };
    }

    private Citation Vary(Random random, Citation citation)
    {
        if (!citation.IsStructured || random.NextDouble() >= GenerationStatistics.CitationSwapShare
            || !_articles.TryGetValue(citation.Law, out var others) || others.Length < 2)
        {
            return citation;
        }

        return others[random.Next(others.Length)];
    }

    private string UniqueName(Random random, string name, string category, ISet<string> used)
    {
        var candidate = name;
        var phrases = _phrases.TryGetValue(category, out var p) ? p : [];
        for (var attempt = 0; attempt < 6 && used.Contains(candidate); attempt++)
        {
            candidate = phrases.Length == 0 ? candidate : Splice(random, name, phrases);
        }

        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{name}（情形{n}）";
        }

        used.Add(candidate);
        return candidate;
    }

    /// <summary>Replaces (or, in a two-phrase name, inserts) one inner 、-separated phrase with a real phrase.</summary>
    private static string Splice(Random random, string name, string[] phrases)
    {
        var parts = name.Split('、').ToList();
        if (parts.Count < 2)
        {
            return name;
        }

        var phrase = phrases[random.Next(phrases.Length)];
        if (parts.Count == 2)
        {
            parts.Insert(1, phrase);
        }
        else
        {
            parts[1 + random.Next(parts.Count - 2)] = phrase;
        }

        return string.Join('、', parts.Distinct(StringComparer.Ordinal));
    }

    private static IEnumerable<string> InnerPhrases(string name)
    {
        var parts = name.Split('、');
        return parts.Length < 3 ? [] : parts[1..^1].Where(p => p.Length is > 0 and <= 20);
    }
}
