using System.Collections.Immutable;
using System.Text;
using PowerList.Model;

namespace PowerList.Generation;

/// <summary>
/// Makes new entries that read like the real ones without repeating them: a template entry of the same agency and
/// category (or of any agency when the agency has none in that category) gives the structure and the short fields
/// (handler, levels, 部门职责, 追责对象范围, the laws cited); the name, every legal quote and the 责任事项 are drawn
/// from <see cref="TextModel"/>s trained on the real texts of that kind (names per category; quotes per law, with 3
/// characters of context when the law has enough text, else 2; from all quotes when the law has few quotes or its
/// own model only repeats); the 追责情形 recombine real items of the category (<see cref="LineRecombiner"/>); articles move among
/// the real articles of the same law. A text already drawn in this run is drawn again (a few times) so that whole
/// texts rarely repeat. All randomness comes from the caller's seeded <see cref="Random"/>.
/// </summary>
public sealed class EntrySampler
{
    private const int NameTries = 12;
    private const int TextTries = 4;
    private const int MaxNameLength = 90;

    private readonly Dictionary<string, Entry[]> _byCategory;
    private readonly Dictionary<(string Agency, string Category), Entry[]> _byAgency;
    private readonly Dictionary<string, string[]> _phrases;
    private readonly Dictionary<string, Citation[]> _articles;
    private readonly Dictionary<string, TextModel> _nameModels;
    private readonly Dictionary<string, TextModel> _looseNameModels;
    private readonly Dictionary<string, TextModel> _lawModels;
    private readonly TextModel _quotes;
    private readonly TextModel _responsibilities;
    private readonly Dictionary<string, LineRecombiner> _accountability;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _texts = [];
    private readonly double[] _cumulative;

    public EntrySampler(Corpus corpus)
    {
        var all = corpus.Agencies.SelectMany(a => a.Entries).ToArray();
        _byCategory = all.GroupBy(e => e.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byAgency = corpus.Agencies.SelectMany(a => a.Entries.Select(e => (a.Id, e)))
            .GroupBy(x => (x.Id, x.e.Category))
            .ToDictionary(g => g.Key, g => g.Select(x => x.e).ToArray());
        _phrases = all.GroupBy(e => e.Category, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.SelectMany(e => InnerPhrases(e.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        var citations = all.SelectMany(e => e.Basis.Concat(e.SubItems.SelectMany(s => s.Basis))).Where(c => c.IsStructured).ToArray();
        _articles = citations
            .GroupBy(c => c.Law, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Articles).Distinct(StringComparer.Ordinal).Select(a => new Citation { Law = g.Key, Articles = a }).ToArray(), StringComparer.Ordinal);
        _nameModels = all.GroupBy(e => e.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new TextModel(g.Select(e => e.Name).Concat(g.SelectMany(e => e.SubItems.Select(s => s.Name)))), StringComparer.Ordinal);
        _looseNameModels = all.GroupBy(e => e.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new TextModel(g.Select(e => e.Name).Concat(g.SelectMany(e => e.SubItems.Select(s => s.Name))), order: 2), StringComparer.Ordinal);
        _lawModels = citations.GroupBy(c => c.Law, StringComparer.Ordinal)
            .Select(g => (g.Key, Quotes: g.Select(c => c.Quote).Distinct(StringComparer.Ordinal).ToArray()))
            .Where(x => x.Quotes.Length >= GenerationStatistics.MinLawModelQuotes)
            .ToDictionary(
                x => x.Key,
                x => new TextModel(x.Quotes, x.Quotes.Sum(q => q.Length) >= GenerationStatistics.MinLawModelCharacters ? 3 : 2),
                StringComparer.Ordinal);
        _quotes = new TextModel(citations.Select(c => c.Quote).Distinct(StringComparer.Ordinal));
        _responsibilities = new TextModel(all.SelectMany(e => e.Responsibilities.Select(r => r.Content)));
        _accountability = all.GroupBy(e => e.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new LineRecombiner(g.Select(e => e.Accountability)), StringComparer.Ordinal);
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
        var name = NewName(random, template.Name, category, usedNames);
        var basis = template.Basis.Select(c => Vary(random, c)).ToImmutableArray();
        var subItems = ImmutableArray<SubItem>.Empty;
        if (random.NextDouble() < GenerationStatistics.SubItemShare)
        {
            var count = template.SubItems.IsDefaultOrEmpty ? 1 + random.Next(GenerationStatistics.MaxSubItems) : template.SubItems.Length;
            var subNames = new HashSet<string>(StringComparer.Ordinal);
            subItems = Enumerable.Range(0, count)
                .Select(k => new SubItem
                {
                    Name = NewName(random, template.Name, category, subNames),
                    Basis = k < template.SubItems.Length ? template.SubItems[k].Basis.Select(c => Vary(random, c)).ToImmutableArray() : [],
                })
                .ToImmutableArray();
        }

        var responsibilities = template.Responsibilities
            .Select(r => r with { Content = Fresh(random, () => Renumber(_responsibilities.NextLong(random))) })
            .ToImmutableArray();
        var accountability = template.Accountability.Length == 0 ? "" : Fresh(random, () => _accountability[category].Next(random));
        return template with
        {
            Name = name,
            Category = category,
            Basis = basis,
            SubItems = subItems,
            Responsibilities = responsibilities,
            Accountability = accountability,
        };
    }

    /// <summary>Another real article of the same law and a new quote in that law's wording.</summary>
    private Citation Vary(Random random, Citation citation)
    {
        if (!citation.IsStructured)
        {
            return citation;
        }

        var articles = _articles.TryGetValue(citation.Law, out var others) ? others[random.Next(others.Length)].Articles : citation.Articles;
        var model = _lawModels.GetValueOrDefault(citation.Law, _quotes);
        var quote = citation.Quote.Length == 0 ? "" : Fresh(
            random,
            () => model.NextLong(random, GenerationStatistics.QuoteLengthFactor),
            () => _quotes.NextLong(random, GenerationStatistics.QuoteLengthFactor));
        return citation with { Articles = articles, Quote = quote };
    }

    /// <summary>A name from the category's model not used before in this run; else a variation of the template's.</summary>
    private string NewName(Random random, string templateName, string category, ISet<string> used)
    {
        for (var attempt = 0; attempt < NameTries; attempt++)
        {
            var model = attempt < NameTries / 2 ? _nameModels[category] : _looseNameModels[category];
            var candidate = model.NextShort(random, MaxNameLength);
            if (candidate is { Length: >= 4 } && !char.IsAsciiDigit(candidate[0]) && Balanced(candidate) && !_names.Contains(candidate) && !used.Contains(candidate))
            {
                return Take(candidate, used);
            }
        }

        var name = templateName;
        var phrases = _phrases.TryGetValue(category, out var p) ? p : [];
        for (var attempt = 0; attempt < 6 && (used.Contains(name) || _names.Contains(name)); attempt++)
        {
            name = phrases.Length == 0 ? name : Splice(random, templateName, phrases);
        }

        var numbered = name;
        for (var n = 2; used.Contains(numbered) || _names.Contains(numbered); n++)
        {
            numbered = $"{name}（情形{n}）";
        }

        return Take(numbered, used);
    }

    private string Take(string name, ISet<string> used)
    {
        used.Add(name);
        _names.Add(name);
        return name;
    }

    /// <summary>Draws a text again while it equals one drawn before in this run (a few times, then from <paramref name="fallback"/>).</summary>
    private string Fresh(Random random, Func<string> draw, Func<string>? fallback = null)
    {
        var text = draw();
        for (var attempt = 1; attempt < TextTries && _texts.Contains(Hash(text)); attempt++)
        {
            text = draw();
        }

        if (fallback is not null && _texts.Contains(Hash(text)))
        {
            text = fallback();
        }

        _texts.Add(Hash(text));
        return text;
    }

    /// <summary>Numbers the lines that start with a number (1. 2、 …) 1, 2, 3 … again after recombination.</summary>
    private static string Renumber(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var next = 1;
        var result = new StringBuilder(text.Length + 8);
        foreach (var line in lines)
        {
            var digits = 0;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            if (digits > 0 && digits < line.Length && line[digits] is '.' or '、' or '．')
            {
                result.Append(next++).Append(line.AsSpan(digits));
            }
            else
            {
                result.Append(line);
            }
        }

        return result.ToString();
    }

    /// <summary>Brackets （）, () and 《》 close in order (a recombined name may cut one off); （ may close with ).</summary>
    private static bool Balanced(string name)
    {
        var open = new Stack<bool>();
        foreach (var c in name)
        {
            if (c is '（' or '(' or '《')
            {
                open.Push(c == '《');
            }
            else if (c is '）' or ')' or '》' && (open.Count == 0 || open.Pop() != (c == '》')))
            {
                return false;
            }
        }

        return open.Count == 0;
    }

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
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
