using PowerList.Model;

namespace PowerList.Format;

/// <summary>The <see cref="RecordTable"/> of records of type <typeparamref name="T"/>: it also builds them from an <see cref="IFieldReader"/>.</summary>
public sealed class RecordTable<T> : RecordTable
    where T : Sourced
{
    private readonly Func<SourceInfo, T> _new;
    private readonly FieldSpec[] _fields;

    public RecordTable(string name, string title, string description, Func<SourceInfo, T> create, IReadOnlyList<FieldSpec> fields)
        : base(name, title, description, fields)
    {
        _new = create;
        _fields = [.. fields];
    }

    /// <summary>A record of defaults that came from <paramref name="source"/>.</summary>
    public T New(SourceInfo source) => _new(source);

    public override Sourced Create(SourceInfo source) => _new(source);

    /// <summary>
    /// A copy of <paramref name="record"/> with every field that <paramref name="reader"/> has set (one pass over the
    /// table, no lookups by key; <paramref name="record"/> itself is left as it is).
    /// </summary>
    public T Bind(IFieldReader reader, T record) => Fill(reader, (T)((Sourced)record with { }));

    /// <summary>A new record of <paramref name="source"/> with every field that <paramref name="reader"/> has.</summary>
    public T Read(IFieldReader reader, SourceInfo source) => Fill(reader, New(source));

    private T Fill(IFieldReader reader, T record)
    {
        var fields = _fields;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Fill(record, reader, i);
        }

        return record;
    }
}
