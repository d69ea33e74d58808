using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// Where a <see cref="RecordTable{T}"/> reads a record's values from, by the field's position in the table: the
/// loader's checked YAML mapping, or a snapshot's JSON object. Absent or ill-typed values read as defaults.
/// </summary>
public interface IFieldReader
{
    string Text(int index);

    bool Boolean(int index, bool absent);

    ImmutableArray<string> TextList(int index);

    ImmutableSortedDictionary<string, string> TextMap(int index);

    /// <summary>The nested record of an <see cref="FieldKind.Object"/> field; null when absent.</summary>
    T? Object<T>(int index, RecordTable<T> item)
        where T : Sourced;

    /// <summary>The records of an <see cref="FieldKind.ObjectList"/> field.</summary>
    ImmutableArray<T> Objects<T>(int index, RecordTable<T> item)
        where T : Sourced;

    /// <summary>The citations of a <see cref="FieldKind.Citations"/> field.</summary>
    ImmutableArray<Citation> Citations(int index, RecordTable<Citation> item);
}
