namespace PowerList.Loading;

/// <summary>A YAML mapping whose keys are scalars, in the order written, without duplicates.</summary>
public sealed class YamlMapping : YamlNode
{
    private const int LinearLookupLimit = 16;
    private Dictionary<string, YamlScalar>? _index;

    public YamlMapping(int line, int column)
        : this(line, column, [])
    {
    }

    /// <summary>A mapping of <paramref name="pairs"/>, whose keys must be distinct (the list is not copied).</summary>
    internal YamlMapping(int line, int column, List<KeyValuePair<YamlScalar, YamlNode>> pairs)
        : base(line, column)
    {
        Pairs = pairs;
    }

    public List<KeyValuePair<YamlScalar, YamlNode>> Pairs { get; }

    public override string KindName => "映射";

    /// <summary>Adds a pair; returns the earlier key when <paramref name="key"/> is a duplicate (the pair is then dropped).</summary>
    public YamlScalar? TryAdd(YamlScalar key, YamlNode value)
    {
        var existing = Find(key.Value);
        if (existing is not null)
        {
            return existing;
        }

        Pairs.Add(new(key, value));
        _index?.Add(key.Value, key);
        return null;
    }

    private YamlScalar? Find(string key)
    {
        if (_index is null && Pairs.Count > LinearLookupLimit)
        {
            _index = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var pair in Pairs)
            {
                _index[pair.Key.Value] = pair.Key;
            }
        }

        if (_index is not null)
        {
            return _index.GetValueOrDefault(key);
        }

        foreach (var pair in Pairs)
        {
            if (string.Equals(pair.Key.Value, key, StringComparison.Ordinal))
            {
                return pair.Key;
            }
        }

        return null;
    }
}
