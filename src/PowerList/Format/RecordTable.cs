using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// The fields of one kind of model record, in their canonical order (YAML, JSON, snapshot), each a
/// <see cref="FieldSpec"/>. Its <see cref="Shape"/> is what the loader accepts and the JSON Schema describes.
/// </summary>
public abstract class RecordTable
{
    private protected RecordTable(string name, string title, string description, IReadOnlyList<FieldSpec> fields)
    {
        Fields = [.. fields];
        Shape = new Shape(name, title, description, fields.Select(f => f.Field).ToArray());
    }

    public Shape Shape { get; }

    /// <summary>A record of defaults that came from <paramref name="source"/>.</summary>
    public abstract Sourced Create(SourceInfo source);

    public ImmutableArray<FieldSpec> Fields { get; }

    /// <summary>Canonical YAML: when an item would otherwise write nothing, this key is written empty (it keeps the item's <c>- </c>).</summary>
    public string? EmptyItemKey { get; init; }

    /// <summary>Whether a writer writes any key of <paramref name="record"/>: a value that is not the default, or an <see cref="FieldSpec.Always"/> key.</summary>
    public bool HasContent(Sourced record)
    {
        foreach (var f in Fields)
        {
            var has = f.Kind switch
            {
                FieldKind.Text => f.Always || f.Text(record).Length > 0,
                FieldKind.Boolean => !f.OmitDefault || f.Flag(record) != f.Absent,
                FieldKind.TextList => !f.Texts(record).IsDefaultOrEmpty,
                FieldKind.TextMap => f.Map(record).Count > 0,
                FieldKind.Object => f.Object(record) is { } o && f.Item!.HasContent(o),
                _ => !f.Items(record).IsDefaultOrEmpty,
            };
            if (has)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The field with this key; a key not in the table is a bug in the caller.</summary>
    public FieldSpec this[string key] => Fields[Shape.IndexOf(key)];
}
