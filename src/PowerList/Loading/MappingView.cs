using System.Collections.Immutable;
using System.Globalization;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>A checked mapping: typed access to the values of its shape's keys. Absent or ill-typed values read as defaults.</summary>
public sealed class MappingView : IFieldReader
{
    private readonly NodeReader _reader;
    private readonly Shape _shape;
    private readonly YamlNode?[] _values;

    internal MappingView(NodeReader reader, Shape shape, YamlNode?[] values, SourceInfo source)
    {
        _reader = reader;
        _shape = shape;
        _values = values;
        Source = source;
    }

    public SourceInfo Source { get; }

    public NodeReader Reader => _reader;

    private YamlNode? Get(string key, FieldKind kind)
    {
        var index = _shape.IndexOf(key);
        var field = _shape.Fields[index];
        if (field.Kind != kind)
        {
            throw new InvalidOperationException($"{_shape.Name}.{key} is {field.Kind}, read as {kind}.");
        }

        return _values[index];
    }

    public string Text(string key) => Get(key, FieldKind.Text) is YamlScalar s ? s.Value : "";

    /// <summary>The text of the field at <paramref name="index"/> of the shape (no lookup by key: the table's binding path).</summary>
    public string Text(int index) => _values[index] is YamlScalar s ? s.Value : "";

    public bool Boolean(int index, bool absent) => _values[index] is YamlScalar s ? s.Value == "true" : absent;

    public ImmutableArray<string> TextList(int index) => TextList(_values[index]);

    public ImmutableSortedDictionary<string, string> TextMap(int index) => TextMap(_values[index]);

    public T? Object<T>(int index, RecordTable<T> item)
        where T : Sourced
    {
        if (_values[index] is not YamlNode node)
        {
            return null;
        }

        var view = _reader.Open(node, item.Shape, _shape.Fields[index].Key);
        return view is null ? null : item.Read(view, view.Source);
    }

    public ImmutableArray<T> Objects<T>(int index, RecordTable<T> item)
        where T : Sourced =>
        Objects(_values[index], _shape.Fields[index].Key, item.Shape, static (v, t) => t.Read(v, v.Source), item);

    public ImmutableArray<Citation> Citations(int index, RecordTable<Citation> item) =>
        Citations(_values[index], _shape.Fields[index].Key, item.Shape, static (v, t) => t.Read(v, v.Source), item);

    public bool Boolean(string key, bool absent) => Get(key, FieldKind.Boolean) is YamlScalar s ? s.Value == "true" : absent;

    public int Integer(string key) =>
        Get(key, FieldKind.Integer) is YamlScalar s ? int.Parse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;

    public ImmutableArray<string> TextList(string key) => TextList(Get(key, FieldKind.TextList));

    private static ImmutableArray<string> TextList(YamlNode? node)
    {
        if (node is not YamlSequence sequence)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar s)
            {
                builder.Add(s.IsNull ? "" : s.Value);
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    public ImmutableSortedDictionary<string, string> TextMap(string key) => TextMap(Get(key, FieldKind.TextMap));

    private static ImmutableSortedDictionary<string, string> TextMap(YamlNode? node)
    {
        var empty = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        if (node is not YamlMapping mapping)
        {
            return empty;
        }

        var builder = empty.ToBuilder();
        foreach (var (k, v) in mapping.Pairs)
        {
            if (v is YamlScalar s)
            {
                builder[k.Value] = s.IsNull ? "" : s.Value;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The nested mapping of an <see cref="FieldKind.Object"/> key, built by <paramref name="build"/>; null when absent.</summary>
    public T? Object<T>(string key, Func<MappingView, T> build)
        where T : class
    {
        var field = _shape[key];
        if (Get(key, FieldKind.Object) is not YamlNode node)
        {
            return null;
        }

        var view = _reader.Open(node, field.Item!, key);
        return view is null ? null : build(view);
    }

    /// <summary>The items of an <see cref="FieldKind.ObjectList"/> key; items that are not mappings are reported and skipped.</summary>
    public ImmutableArray<T> Objects<T>(string key, Func<MappingView, T> build) =>
        Objects(Get(key, FieldKind.ObjectList), key, _shape[key].Item!, static (v, b) => b(v), build);

    /// <summary>(<paramref name="build"/> takes <paramref name="state"/> rather than capturing it: no delegate made per call.)</summary>
    private ImmutableArray<T> Objects<T, TState>(YamlNode? node, string key, Shape item, Func<MappingView, TState, T> build, TState state)
    {
        if (node is not YamlSequence sequence)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(sequence.Items.Count);
        var what = key + " 的每一项";
        foreach (var entry in sequence.Items)
        {
            var view = _reader.Open(entry, item, what);
            if (view is not null)
            {
                builder.Add(build(view, state));
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    /// <summary>The citations of a <see cref="FieldKind.Citations"/> key: one text, or texts and citation mappings.</summary>
    public ImmutableArray<Citation> Citations(string key, Func<MappingView, Citation> build) =>
        Citations(Get(key, FieldKind.Citations), key, _shape[key].Item!, static (v, b) => b(v), build);

    private ImmutableArray<Citation> Citations<TState>(YamlNode? node, string key, Shape itemShape, Func<MappingView, TState, Citation> build, TState state)
    {
        switch (node)
        {
            case YamlScalar text:
                return [FromText(text)];
            case YamlSequence sequence:
                var builder = ImmutableArray.CreateBuilder<Citation>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar s)
                    {
                        if (!s.IsEmpty)
                        {
                            builder.Add(FromText(s));
                        }

                        continue;
                    }

                    var view = _reader.Open(item, itemShape, key + " 的每一项");
                    if (view is not null)
                    {
                        builder.Add(build(view, state));
                    }
                }

                return builder.ToImmutable();
            default:
                return [];
        }
    }

    private static readonly string[] TextKey = ["text"];

    private Citation FromText(YamlScalar text)
    {
        var at = _reader.At(text);
        return new Citation
        {
            Text = text.Value,
            Source = new SourceInfo(at, TextKey, [at.Line, at.Column], 1),
        };
    }
}
