using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// One field of a model record as every consumer sees it: its key, kind and titles (<see cref="Field"/>, what the
/// loader accepts and the JSON Schema says), a typed getter and a binder hook (<see cref="Fill"/>, made by <see cref="Spec{T}"/>), and its
/// roles in the outputs (diff, open data, officials' table). Consumers walk a <see cref="RecordTable"/> of these.
/// </summary>
public sealed record FieldSpec(Field Field)
{
    public string Key => Field.Key;

    public FieldKind Kind => Field.Kind;

    public string Title => Field.Title;

    /// <summary>The table of the nested records (<see cref="FieldKind.Object"/>, <see cref="FieldKind.ObjectList"/>, <see cref="FieldKind.Citations"/>).</summary>
    public RecordTable? Item { get; init; }

    /// <summary>
    /// Sets the field of a record from a reader, in place (only when the value is not the default); the table gives the
    /// position. Only for a record nothing else holds yet: a new one, or a copy (<see cref="RecordTable{T}.Bind"/>).
    /// </summary>
    public required Action<Sourced, IFieldReader, int> Fill { get; init; }

    public Func<Sourced, string>? GetText { get; init; }

    public Func<Sourced, bool>? GetFlag { get; init; }

    public Func<Sourced, ImmutableArray<string>>? GetTexts { get; init; }

    public Func<Sourced, ImmutableSortedDictionary<string, string>>? GetMap { get; init; }

    public Func<Sourced, Sourced?>? GetObject { get; init; }

    /// <summary>The items of an object list or of citations, as <see cref="Sourced"/> (no copy).</summary>
    public Func<Sourced, ImmutableArray<Sourced>>? GetItems { get; init; }

    /// <summary>The value of a <see cref="FieldKind.Boolean"/> when the key is absent.</summary>
    public bool Absent { get; init; }

    /// <summary>A boolean written only when it differs from <see cref="Absent"/> (<c>public: false</c>).</summary>
    public bool OmitDefault { get; init; }

    /// <summary>Written even when empty (canonical YAML, JSON export): the keys an entry or item cannot lack.</summary>
    public bool Always { get; init; }

    /// <summary>Compared between versions (the diff's field texts). Code, <c>public</c>, adjustments and endings are not.</summary>
    public bool Compared { get; init; } = true;

    /// <summary>The diff's label when it differs from <see cref="Title"/>.</summary>
    public string? DiffLabel { get; init; }

    /// <summary>Column title in <c>entries.csv</c> when it differs from <see cref="Title"/>.</summary>
    public string? DataTitle { get; init; }

    /// <summary>Column description in <c>datapackage.json</c>; a text field with one is a column of <c>entries.csv</c>.</summary>
    public string? DataDescription { get; init; }

    /// <summary>
    /// The column of the officials' table (CSV/XLSX export) holding this field, if any: a text of the entry or of its
    /// objects one-to-one; the order of the table's optional columns is the field table's.
    /// </summary>
    public string? TableColumn { get; init; }

    /// <summary>Column titles of published sheets that the importer reads into this field (docs/import.md), when not just <see cref="Title"/>.</summary>
    public ImmutableArray<string> Headers { get; init; }

    /// <summary>The column titles the importer recognises as this field: <see cref="Headers"/>, or the <see cref="Title"/>.</summary>
    public ImmutableArray<string> ColumnTitles => Headers.IsDefault ? [Title] : Headers;

    public string Text(Sourced owner) => GetText!(owner);

    public bool Flag(Sourced owner) => GetFlag!(owner);

    public ImmutableArray<string> Texts(Sourced owner) => GetTexts!(owner);

    public ImmutableSortedDictionary<string, string> Map(Sourced owner) => GetMap!(owner);

    public Sourced? Object(Sourced owner) => GetObject!(owner);

    public ImmutableArray<Sourced> Items(Sourced owner) => GetItems!(owner);

    /// <summary>The value as one plain text: a text, list items joined by <paramref name="separator"/>; empty for other kinds.</summary>
    public string Plain(Sourced owner, string separator) => Kind switch
    {
        FieldKind.Text => Text(owner),
        FieldKind.TextList => string.Join(separator, Texts(owner)),
        _ => "",
    };
}
