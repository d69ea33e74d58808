using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PowerList.Loading;
using PowerList.Model;

namespace PowerList.Import;

/// <summary>
/// Registers the laws that imported citations name. The same law cited under slightly different titles is one
/// law: titles are matched by <see cref="MatchKey"/> (中华人民共和国 prefix, brackets, spaces and revision notes
/// removed). The id is <c>law-</c> and the first ten hex digits of the SHA-256 of the match key, so the same title
/// always gets the same id. The level comes from the source tag, else from the title. Existing laws keep their id
/// and fields; new titles of an existing law become aliases.
/// </summary>
public sealed partial class LawRegistry
{
    private readonly Dictionary<string, Builder> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Builder> _byId = new(StringComparer.Ordinal);

    public LawRegistry(IEnumerable<Law>? existing = null)
    {
        foreach (var law in existing ?? [])
        {
            var b = new Builder(law.Id) { Existing = law, Level = law.Level };
            b.Titles[law.Title] = int.MaxValue;
            _byId[law.Id] = b;
            foreach (var title in law.Aliases.Prepend(law.Title))
            {
                _byKey.TryAdd(MatchKey(title), b);
            }
        }
    }

    /// <summary>The id of the law with this title (registering it when new).</summary>
    public string Register(string tag, string title, string revision)
    {
        var key = MatchKey(title);
        if (!_byKey.TryGetValue(key, out var b))
        {
            var id = "law-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
            b = _byId.TryGetValue(id, out var same) ? same : new Builder(id);
            _byKey[key] = b;
            _byId[id] = b;
        }

        b.Titles[title] = b.Titles.GetValueOrDefault(title) + 1;
        if (b.Level.Length == 0)
        {
            b.Level = LevelOf(tag, title);
        }

        if (b.Revision.Length == 0 && revision.Length > 0)
        {
            b.Revision = revision;
        }

        return b.Id;
    }

    public Law? Find(string id) => _byId.TryGetValue(id, out var b) ? Build(b) : null;

    /// <summary>All laws, sorted by id.</summary>
    public ImmutableArray<Law> Laws() => [.. _byId.Values.OrderBy(b => b.Id, StringComparer.Ordinal).Select(Build)];

    private static Law Build(Builder b)
    {
        var title = b.Existing?.Title ?? b.Titles
            .OrderByDescending(t => t.Key.StartsWith("中华人民共和国", StringComparison.Ordinal))
            .ThenByDescending(t => t.Value)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .First().Key;
        var aliases = b.Titles.Keys.Concat(b.Existing?.Aliases ?? [])
            .Where(t => t != title)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var law = b.Existing ?? new Law { Id = b.Id, Status = "现行有效" };
        return law with
        {
            Title = title,
            Aliases = aliases,
            Level = law.Level.Length > 0 ? law.Level : b.Level,
            Revision = law.Revision.Length > 0 ? law.Revision : b.Revision,
        };
    }

    /// <summary>The key under which titles of the same law match (<see cref="LawNames.Key"/>).</summary>
    public static string MatchKey(string title) => LawNames.Key(title);

    /// <summary>The level (法律, 行政法规, …) from a source tag, else from the title's form.</summary>
    public static string LevelOf(string tag, string title)
    {
        var local = LocalTitle().IsMatch(title);
        switch (tag)
        {
            case "法律":
                return "法律";
            case "行政法规":
            case "国务院决定":
                return "行政法规";
            case "地方性法规":
                return "地方性法规";
            case "法规":
                return local ? "地方性法规" : "行政法规";
            case "部门规章":
                return "部门规章";
            case "地方政府规章":
                return "地方政府规章";
            case "规章":
                return local ? "地方政府规章" : "部门规章";
            case "规范性文件":
            case "党内法规":
            case "其他":
                return "规范性文件";
        }

        if (title.EndsWith('法') && !local)
        {
            return "法律";
        }

        if (title.EndsWith("条例", StringComparison.Ordinal))
        {
            return local ? "地方性法规" : "行政法规";
        }

        if (Rules().IsMatch(title))
        {
            return local ? "地方政府规章" : "部门规章";
        }

        return "规范性文件";
    }

    private sealed class Builder(string id)
    {
        public string Id { get; } = id;

        public Dictionary<string, int> Titles { get; } = new(StringComparer.Ordinal);

        public string Level { get; set; } = "";

        public string Revision { get; set; } = "";

        public Law? Existing { get; init; }
    }

    /// <summary>Whitespace and bracketed notes inside a title: （2019年修正）, (试行) is kept.</summary>
    [GeneratedRegex(@"^(新疆|自治区|克拉玛依|.{2,8}(省|自治区|市|州|县))")]
    private static partial Regex LocalTitle();

    [GeneratedRegex(@"(规定|办法|细则|规则)(\(试行\)|（试行）)?$")]
    private static partial Regex Rules();
}
