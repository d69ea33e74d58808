using System.Collections.Immutable;
using PowerList.Format;
using PowerList.Tabular;
using PowerList.Model;

namespace PowerList.Export;

/// <summary>
/// Entries as the table officials use: one row per sub-item, level or responsibility (as many rows as the
/// longest of them), the entry's own columns repeated on each row, as published lists do. The importer reads
/// such a table back into the same entries (docs/import.md, "Round trip").
/// </summary>
public sealed record ExportTable(ImmutableArray<string> Columns, ImmutableArray<ExportRow> Rows)
{
    public static readonly ImmutableArray<string> BaseColumns =
    [
        "序号", "编码", "事项名称", "子项名称", "子项编码", "权力类型", "实施依据", "行使主体", "承办机构", "实施层级", "权限范围",
        "部门职责", "责任事项", "责任事项依据", "追责对象范围", "追责情形", "备注",
    ];

    /// <summary>
    /// The columns that hold one text of the entry (or of one of its objects) as it is, from the entry's field table
    /// (<see cref="FieldSpec.TableColumn"/>): 承办机构, 部门职责, 追责对象范围, 追责情形, 备注, 监督方式, 监督电话, 法定时限, 承诺时限, 办事指南, 在线办理 ….
    /// </summary>
    private static readonly (string Column, Func<Entry, string> Value)[] TableCells =
    [
        .. EntryFields.Entry.Fields.Where(f => f.Kind == FieldKind.Text && f.TableColumn is not null)
            .Select(f => (f.TableColumn!, (Func<Entry, string>)(e => f.Text(e)))),
        .. EntryFields.Entry.Fields.Where(f => f.Kind == FieldKind.Object).SelectMany(owner => owner.Item!.Fields
            .Where(f => f.Kind == FieldKind.Text && f.TableColumn is not null)
            .Select(f => (f.TableColumn!, (Func<Entry, string>)(e => owner.Object(e) is { } o ? f.Text(o) : "")))),
    ];

    /// <summary>
    /// The columns written when some row has a value: 部门, then the officials' columns of the entry's field table that
    /// are not <see cref="BaseColumns"/> (<see cref="FieldSpec.TableColumn"/> of the entry, its objects and its lists'
    /// items), in the table's order. A table column of a new field comes in its place.
    /// </summary>
    private static readonly string[] Optional = ["部门", .. TableColumns(EntryFields.Entry).Where(c => !BaseColumns.Contains(c)).Distinct()];

    private static IEnumerable<string> TableColumns(RecordTable table) => table.Fields.SelectMany(f =>
        f.TableColumn is { } column ? [column] : f.Kind is FieldKind.Object or FieldKind.ObjectList ? TableColumns(f.Item!) : []);

    /// <summary>Entries whose rows one task of <see cref="Build"/> makes.</summary>
    private const int EntriesPerTask = 1024;

    /// <summary>
    /// The table of <paramref name="entries"/>, in their order. The rows are made on several threads, a run of entries
    /// each (a download made ahead waits for this table: at 100,000 entries it was 2.4 s of one core).
    /// </summary>
    public static ExportTable Build(ListSet lists, IEnumerable<Entry> entries, bool includePublicColumn, CancellationToken token = default)
    {
        var list = entries.ToList();
        var seqs = new int[list.Count];
        var seqByCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var category = list[i].Category;
            seqs[i] = seqByCategory[category] = seqByCategory.GetValueOrDefault(category) + 1;
        }

        var laws = CitationText.ById(lists.Laws); // once: built per entry, this lookup of every law cost 1 GB of allocations at 25,000 entries
        var parts = new (List<ExportRow> Rows, HashSet<string> Used)[(list.Count + EntriesPerTask - 1) / EntriesPerTask];
        Parallel.For(0, parts.Length, k =>
        {
            var rows = new List<ExportRow>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = k * EntriesPerTask; i < Math.Min(list.Count, (k + 1) * EntriesPerTask) && !token.IsCancellationRequested; i++)
            {
                foreach (var row in RowsOf(lists, laws, list[i], seqs[i], includePublicColumn, cells))
                {
                    rows.Add(row);
                    used.UnionWith(row.Cells.Keys); // only cells with a value are kept
                }
            }

            parts[k] = (rows, used);
        });
        token.ThrowIfCancellationRequested();

        var used = new HashSet<string>(StringComparer.Ordinal);
        var all = ImmutableArray.CreateBuilder<ExportRow>(parts.Sum(p => p.Rows.Count));
        foreach (var (rows, columns) in parts)
        {
            all.AddRange(rows);
            used.UnionWith(columns);
        }

        var optional = Optional.Where(c => used.Contains(c) || (c == "是否公开" && includePublicColumn) || c == "部门");
        var extras = list.SelectMany(e => e.Extra.Keys).Distinct().Where(k => !BaseColumns.Contains(k) && !Optional.Contains(k)).Order(StringComparer.Ordinal);
        return new ExportTable([.. BaseColumns, .. optional, .. extras], all.MoveToImmutable());
    }

    /// <summary>收费依据和标准 as one cell: basis and standard on two lines, or 不收费.</summary>
    public static string FeesText(Fees? fees) =>
        fees is null ? "" : fees.Charged ? string.Join("\n", new[] { fees.Basis, fees.Standard }.Where(s => s.Length > 0)) : "不收费";

    /// <summary>The rows of <paramref name="e"/>; <paramref name="cells"/> is a scratch dictionary, refilled for each row.</summary>
    private static IEnumerable<ExportRow> RowsOf(ListSet lists, IReadOnlyDictionary<string, Law> laws, Entry e, int seq, bool includePublicColumn,
        Dictionary<string, string> cells)
    {
        var count = new[] { 1, e.SubItems.Length, e.Levels.Length, e.Responsibilities.Length }.Max();
        var basis = CitationText.Format(e.Basis, laws);
        var department = lists.Departments.FirstOrDefault(d => d.Id == e.Department)?.Name ?? e.Department;
        var category = lists.Categories.FirstOrDefault(c => c.Code == e.Category)?.Name ?? CategoryNames.NameOf(e.Category);
        // The entry's own cells, the same on each of its rows: made once.
        var number = seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fees = FeesText(e.Fees);
        var remedies = string.Join("、", e.Remedies);
        var own = Array.ConvertAll(TableCells, c => c.Value(e));
        for (var i = 0; i < count; i++)
        {
            var sub = i < e.SubItems.Length ? e.SubItems[i] : null;
            var level = i < e.Levels.Length ? e.Levels[i] : null;
            var resp = i < e.Responsibilities.Length ? e.Responsibilities[i] : null;
            cells.Clear();
            cells["序号"] = number;
            cells["编码"] = e.Code;
            cells["事项名称"] = e.Name;
            cells["子项名称"] = sub?.Name ?? "";
            cells["子项编码"] = sub?.Code ?? "";
            cells["子项备注"] = sub?.Notes ?? "";
            cells["权力类型"] = category;
            cells["实施依据"] = sub is { Basis.Length: > 0 } ? CitationText.Format(sub.Basis, laws) : basis;
            cells["行使主体"] = level is { Subject.Length: > 0 } ? level.Subject : e.Subject;
            cells["实施层级"] = level?.Name ?? "";
            cells["权限范围"] = level?.Scope ?? "";
            cells["责任事项"] = resp is null ? "" : ResponsibilityParser.Format(resp);
            cells["责任事项依据"] = resp?.Basis ?? "";
            cells["部门"] = department;
            cells["收费依据和标准"] = fees;
            cells["救济渠道"] = remedies;
            cells["是否公开"] = includePublicColumn ? (e.Public ? "是" : "否") : "";
            for (var c = 0; c < TableCells.Length; c++)
            {
                cells[TableCells[c].Column] = own[c];
            }

            foreach (var (k, v) in e.Extra)
            {
                cells.TryAdd(k, v);
            }

            // Empty cells are not kept (the row's indexer gives "" for them): most of a row is empty, and every cell
            // kept is a node of the row's tree, for every row of the table at once.
            var kept = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (column, value) in cells)
            {
                if (value.Length > 0)
                {
                    kept[column] = value;
                }
            }

            yield return new ExportRow(e, kept.ToImmutable());
        }
    }
}
