using System.Collections.Immutable;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Import;

/// <summary>
/// The draft's plain texts (<see cref="ColumnKind.Field"/>) as an <see cref="IFieldReader"/> of the entry's field
/// table: the table's own binder sets them, so a text field added to the table is imported without an edit here.
/// Every other field reads as its default (left as the builder set it).
/// </summary>
internal sealed class PlainFieldReader(IReadOnlyDictionary<ColumnSlot, string> fields) : IFieldReader
{
    private readonly ImmutableArray<FieldSpec> _table = EntryFields.Entry.Fields;

    public string Text(int index) => fields.GetValueOrDefault(new ColumnSlot(ColumnKind.Field, _table[index].Key), "");

    public bool Boolean(int index, bool absent) => absent;

    public ImmutableArray<string> TextList(int index) => [];

    public ImmutableSortedDictionary<string, string> TextMap(int index) => ImmutableSortedDictionary<string, string>.Empty;

    public T? Object<T>(int index, RecordTable<T> item)
        where T : Sourced => null;

    public ImmutableArray<T> Objects<T>(int index, RecordTable<T> item)
        where T : Sourced => [];

    public ImmutableArray<Citation> Citations(int index, RecordTable<Citation> item) => [];
}
