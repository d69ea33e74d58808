using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>
/// The names under which a law of <c>laws.yaml</c> may be cited (docs/format.md "Citing a law"): its id, its title,
/// its short title (the title without the 中华人民共和国 prefix) and its <c>aliases</c>, each with or without 《》.
/// Made once per set of law objects (<see cref="For"/>), so a reload with an unchanged laws.yaml reuses it.
/// </summary>
public sealed partial class LawNames
{
    /// <summary>By the first law object: loads that reuse laws.yaml (serve, parallel tests of other lists) find theirs.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Law, LawNames> Known = new();

    private readonly ImmutableArray<Law> _laws;
    private readonly FrozenDictionary<string, Law> _byId;
    private readonly FrozenDictionary<string, Law[]> _byName;
    private readonly FrozenDictionary<string, Law[]> _byKey;

    private LawNames(ImmutableArray<Law> laws)
    {
        _laws = laws;
        var byId = new Dictionary<string, Law>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Law>>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<Law>>(StringComparer.Ordinal);
        foreach (var law in laws)
        {
            byId.TryAdd(law.Id, law);
            Add(byName, Bare(law.Title), law);
            foreach (var name in law.Aliases.Prepend(law.Title))
            {
                Add(byKey, Key(Bare(name)), law);
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = byName.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byKey = byKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The names of these laws; the same law objects give the same instance as last time.</summary>
    public static LawNames For(ImmutableArray<Law> laws)
    {
        if (laws.IsDefaultOrEmpty)
        {
            return new LawNames([]);
        }

        if (Known.TryGetValue(laws[0], out var known) && SameObjects.In(known._laws, laws))
        {
            return known;
        }

        var names = new LawNames(laws);
        Known.AddOrUpdate(laws[0], names);
        return names;
    }

    /// <summary>The law cited as <paramref name="written"/>, or null (then see <see cref="Candidates"/>).</summary>
    public Law? Resolve(string written)
    {
        if (_byId.TryGetValue(written, out var byId))
        {
            return byId;
        }

        var found = Candidates(written);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// The laws <paramref name="written"/> may mean: the law with exactly this title (with or without 《》), else every
    /// law whose title or alias has the same short form (no 中华人民共和国, no revision note, no brackets). More than
    /// one: the citation is ambiguous.
    /// </summary>
    public IReadOnlyList<Law> Candidates(string written)
    {
        if (_byId.TryGetValue(written, out var byId))
        {
            return [byId];
        }

        if (_byName.TryGetValue(Bare(written), out var exact) && exact.Length == 1)
        {
            return exact;
        }

        return _byKey.TryGetValue(Key(Bare(written)), out var same) ? same : exact ?? [];
    }

    /// <summary>What a writer puts after <c>law:</c>: the title when it names only this law, else the id.</summary>
    public string CiteName(string id) =>
        _byId.TryGetValue(id, out var law) && law.Title.Length > 0 && Resolve(law.Title) == law && !_byId.ContainsKey(law.Title)
            ? law.Title
            : id;

    /// <summary>
    /// Up to three titles close to <paramref name="written"/>: by edit distance of the short forms, else by the share of
    /// character pairs or characters in common (价格管理法 → 中华人民共和国价格法, 食安法 → 中华人民共和国食品安全法).
    /// </summary>
    public IReadOnlyList<string> Nearest(string written)
    {
        var key = Key(Bare(written));
        if (key.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(1, key.Length / 4);
        var scored = new List<(double Score, string Title)>();
        foreach (var law in _laws)
        {
            var best = 0.0;
            foreach (var name in law.Aliases.Prepend(law.Title))
            {
                var other = Key(Bare(name));
                var d = Math.Abs(other.Length - key.Length) <= limit ? Suggestions.Distance(key, other, limit) : int.MaxValue;
                var score = d <= limit && d < key.Length ? 2.0 - (double)d / (limit + 1) : Math.Max(PairDice(key, other), CharDice(key, other) - 0.1);
                best = Math.Max(best, score);
            }

            if (best >= 0.5)
            {
                scored.Add((best, law.Title));
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Title, StringComparer.Ordinal).Select(s => s.Title).Distinct().Take(3)];
    }

    /// <summary>"，是不是要写“a”或“b”？" (the nearest id for an id, else the nearest titles) or an empty string.</summary>
    public string Hint(string written)
    {
        if (written.All(char.IsAscii))
        {
            return Suggestions.Hint(written, _byId.Keys);
        }

        var nearest = Nearest(written);
        return nearest.Count == 0 ? "" : $"，是不是要写{string.Join("或", nearest.Select(t => $"“{t}”"))}？";
    }

    /// <summary>A title as written, without spaces around it and without the book-title marks 《》 around it.</summary>
    public static string Bare(string title)
    {
        var t = title.Trim();
        if (t.Length >= 2 && t[0] == '《' && t[^1] == '》')
        {
            t = t[1..^1].Trim();
        }

        return t;
    }

    /// <summary>
    /// The short form under which titles of the same law match (also the import's, so ids do not change): half-width,
    /// no spaces or revision notes in brackets, no 中华人民共和国 prefix, no brackets or quotes.
    /// </summary>
    public static string Key(string title)
    {
        var t = PowerList.Import.TextCleaner.ToHalfWidth(title);
        t = Noise().Replace(t, "");
        if (t.StartsWith("中华人民共和国", StringComparison.Ordinal))
        {
            t = t["中华人民共和国".Length..];
        }

        return t.Replace("<", "").Replace(">", "").Replace("〈", "").Replace("〉", "")
            .Replace("《", "").Replace("》", "").Replace("\"", "").Replace("“", "").Replace("”", "");
    }

    /// <summary>Shared characters (as multisets) over all characters: 食安法 and 食品安全法 share 食, 安, 法.</summary>
    private static double CharDice(string a, string b)
    {
        var counts = new Dictionary<char, int>();
        foreach (var ch in a)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, ch, out _)++;
        }

        var shared = 0;
        foreach (var ch in b)
        {
            ref var n = ref CollectionsMarshal.GetValueRefOrNullRef(counts, ch);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n) && n > 0)
            {
                n--;
                shared++;
            }
        }

        return a.Length + b.Length == 0 ? 0 : 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>Shared pairs of neighbouring characters over all pairs (价格管理法 and 价格法 share 价格).</summary>
    private static double PairDice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var pairs = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(pairs, (a[i], a[i + 1]), out _)++;
        }

        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            ref var n = ref CollectionsMarshal.GetValueRefOrNullRef(pairs, (b[i], b[i + 1]));
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n) && n > 0)
            {
                n--;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }

    private static void Add(Dictionary<string, List<Law>> map, string name, Law law)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(name, out var laws))
        {
            map[name] = laws = [];
        }

        if (!laws.Contains(law))
        {
            laws.Add(law);
        }
    }

    [GeneratedRegex(@"\s+|[（(][^（）()]*(?:年|修订|修正|修改)[^（）()]*[）)]")]
    private static partial Regex Noise();
}
