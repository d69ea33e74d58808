using System.Collections.Frozen;

namespace PowerList.Format;

/// <summary>The keys one kind of mapping may have. Loader and JSON Schema both read shapes, so they cannot disagree.</summary>
public sealed class Shape
{
    private readonly FrozenDictionary<string, Field> _byKey;
    private readonly FrozenDictionary<string, int> _indexByKey;

    public Shape(string name, string title, string description, IReadOnlyList<Field> fields)
    {
        Name = name;
        Title = title;
        Description = description;
        Fields = fields;
        _byKey = fields.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);
        _indexByKey = fields.Select((f, i) => (f.Key, i)).ToFrozenDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Name of the definition in the JSON Schema, e.g. <c>entry</c>.</summary>
    public string Name { get; }

    /// <summary>Chinese name, used in messages (职权事项).</summary>
    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<Field> Fields { get; }

    public Field? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The position of <paramref name="key"/> in <see cref="Fields"/>, or -1.</summary>
    public int TryIndexOf(string key) => _indexByKey.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Position of the key in <see cref="Fields"/>; a key not in the shape is a bug in the caller.</summary>
    public int IndexOf(string key) =>
        _indexByKey.TryGetValue(key, out var i) ? i : throw new KeyNotFoundException($"Shape {Name} has no key '{key}'.");

    /// <summary>The field with this key; a key not in the shape is a bug in the caller.</summary>
    public Field this[string key] =>
        _byKey.TryGetValue(key, out var field) ? field : throw new KeyNotFoundException($"Shape {Name} has no key '{key}'.");
}
