using System.Collections.Immutable;
using PowerList.Diagnostics;

namespace PowerList.Model;

/// <summary>
/// Where a model object and each of its fields came from. <see cref="Self"/> is the object's own mapping;
/// <see cref="Fields"/> maps a YAML key (as written, e.g. <c>name</c>, <c>remedies</c>) to the position of its value.
/// Items of a sequence of plain strings are keyed <c>key[index]</c>.
/// </summary>
/// <remarks>
/// The loader makes millions of these, so it keeps them compact: the keys (strings shared with the format's
/// shapes, the array itself often shared between objects) and a packed array of lines and columns, all in the
/// file of <see cref="Self"/>. <see cref="Fields"/> is built on demand; <see cref="Of"/> and <see cref="Has"/> scan.
/// </remarks>
public sealed record SourceInfo
{
    private const int IndexFrom = 24;

    private readonly string[] _keys;
    private readonly int[] _places;
    private readonly int _count;
    private readonly ImmutableDictionary<string, SourceLocation>? _fields;
    private Dictionary<string, int>? _index;

    public SourceInfo(SourceLocation Self, ImmutableDictionary<string, SourceLocation> Fields)
    {
        this.Self = Self;
        _fields = Fields;
        _keys = [];
        _places = [];
    }

    /// <summary>
    /// A compact source: field <c>keys[i]</c> (for i &lt; <paramref name="count"/>) is at line <c>places[2i]</c>,
    /// column <c>places[2i + 1]</c> of <paramref name="self"/>'s file. Keys must be distinct; the arrays are not copied.
    /// </summary>
    internal SourceInfo(SourceLocation self, string[] keys, int[] places, int count)
    {
        Self = self;
        _keys = keys;
        _places = places;
        _count = count;
    }

    public static SourceInfo None { get; } = new(SourceLocation.None, ImmutableDictionary<string, SourceLocation>.Empty);

    public static SourceInfo At(SourceLocation self) => new(self, ImmutableDictionary<string, SourceLocation>.Empty);

    public SourceLocation Self { get; init; }

    /// <summary>Every field's position, by key.</summary>
    public ImmutableDictionary<string, SourceLocation> Fields
    {
        get
        {
            if (_fields is not null)
            {
                return _fields;
            }

            var builder = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                builder[_keys[i]] = Place(i);
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>The position of a field's value, or of the object itself when the field is absent.</summary>
    public SourceLocation Of(string field)
    {
        if (_fields is not null)
        {
            return _fields.TryGetValue(field, out var at) ? at : Self;
        }

        var i = Find(field);
        return i >= 0 ? Place(i) : Self;
    }

    /// <summary>The position of the key itself is not kept; the value's position is what diagnostics point at.</summary>
    public bool Has(string field) => _fields?.ContainsKey(field) ?? Find(field) >= 0;

    public void Deconstruct(out SourceLocation Self, out ImmutableDictionary<string, SourceLocation> Fields)
    {
        Self = this.Self;
        Fields = this.Fields;
    }

    private SourceLocation Place(int i) => new(Self.File, _places[2 * i], _places[(2 * i) + 1]);

    private int Find(string field)
    {
        if (_count >= IndexFrom)
        {
            var index = _index;
            if (index is null)
            {
                index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
                for (var i = 0; i < _count; i++)
                {
                    index.TryAdd(_keys[i], i);
                }

                _index = index;
            }

            return index.TryGetValue(field, out var at) ? at : -1;
        }

        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_keys[i], field) || string.Equals(_keys[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Equals(SourceInfo? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Self == other.Self && ReferenceEquals(_fields, other._fields) && ReferenceEquals(_keys, other._keys)
            && ReferenceEquals(_places, other._places) && _count == other._count);

    public override int GetHashCode() => HashCode.Combine(Self, _fields, _keys, _places, _count);
}
