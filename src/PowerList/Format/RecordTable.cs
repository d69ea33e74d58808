namespace PowerList.Format;

/// <summary>
/// The fields of one kind of model record, in their canonical order (YAML, JSON, snapshot), each a
/// <see cref="FieldSpec"/>. Its <see cref="Shape"/> is what the loader accepts and the JSON Schema describes.
/// </summary>
public abstract class RecordTable
{
    private protected RecordTable(string name, string title, string description, IReadOnlyList<FieldSpec> fields)
    {
        Fields = fields;
        Shape = new Shape(name, title, description, fields.Select(f => f.Field).ToArray());
    }

    public Shape Shape { get; }

    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>Canonical YAML: when an item would otherwise write nothing, this key is written empty (it keeps the item's <c>- </c>).</summary>
    public string? EmptyItemKey { get; init; }

    /// <summary>The field with this key; a key not in the table is a bug in the caller.</summary>
    public FieldSpec this[string key] => Fields[Shape.IndexOf(key)];
}
