using System.Collections.Immutable;

namespace PowerList.Export.OpenData;

/// <summary>
/// One CSV file of the open data: its name and path, title, columns (<see cref="Fields"/>, the CSV header in order,
/// the same list <c>datapackage.json</c> describes), primary key and, for the companion tables, the foreign key
/// <c>code</c> → <c>entries.code</c>. <see cref="Rows"/> gives the cells of each row, in the order of the fields.
/// </summary>
public sealed record DataResource(
    string Name,
    string Title,
    string Description,
    ImmutableArray<DataField> Fields,
    ImmutableArray<string> PrimaryKey,
    bool KeyedByEntry,
    Func<ExportContext, IEnumerable<IReadOnlyList<string>>> Rows)
{
    public string Path => Name + ".csv";

    /// <summary>A table whose rows come from <paramref name="items"/>, one per item, cells by <paramref name="columns"/>.</summary>
    public static DataResource Of<T>(
        string name,
        string title,
        string description,
        string[] primaryKey,
        bool keyedByEntry,
        IReadOnlyList<DataColumn<T>> columns,
        Func<ExportContext, IEnumerable<T>> items) =>
        new(
            name,
            title,
            description,
            [.. columns.Select(c => c.Field)],
            [.. primaryKey],
            keyedByEntry,
            ctx => items(ctx).Select(item => (IReadOnlyList<string>)[.. columns.Select(c => c.Value(item))]));

    /// <summary>The CSV file: header = <see cref="Fields"/>' names, then the rows (UTF-8 with BOM, CRLF, formula guard).</summary>
    public byte[] Csv(ExportContext context, CancellationToken token = default) => CsvExporter.Write(Fields.Select(f => f.Name), Cancellable.Rows(Rows(context), token));

    /// <summary>The table written into <paramref name="output"/> (left open) as its rows are made.</summary>
    public void Csv(Stream output, ExportContext context, CancellationToken token = default) =>
        CsvExporter.Write(output, Fields.Select(f => f.Name), Cancellable.Rows(Rows(context), token));
}
