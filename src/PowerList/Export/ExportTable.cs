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

    /// <summary>The columns written when some row has a value, in this order; a table column of a new field comes last.</summary>
    private static readonly string[] Optional = WithTableCells(["部门", "子项备注", "收费依据和标准", "监督方式", "监督电话", "救济渠道", "法定时限", "承诺时限", "办事指南", "在线办理", "是否公开"]);

    private static string[] WithTableCells(string[] placed) =>
        [.. placed, .. TableCells.Select(c => c.Column).Where(c => !BaseColumns.Contains(c) && !placed.Contains(c))];

    public static ExportTable Build(ListSet lists, IEnumerable<Entry> entries, bool includePublicColumn, CancellationToken token = default)
    {
        var list = entries.ToList();
        var rows = new List<ExportRow>();
        var seqByCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        var laws = CitationText.ById(lists.Laws); // once: built per entry, this lookup of every law cost 1 GB of allocations at 25,000 entries
        foreach (var e in Cancellable.Rows(list, token))
        {
            var seq = seqByCategory[e.Category] = seqByCategory.GetValueOrDefault(e.Category) + 1;
            rows.AddRange(RowsOf(lists, laws, e, seq, includePublicColumn));
        }

        var used = rows.SelectMany(r => r.Cells.Where(c => c.Value.Length > 0).Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
        var optional = Optional.Where(c => used.Contains(c) || (c == "是否公开" && includePublicColumn) || c == "部门");
        var extras = list.SelectMany(e => e.Extra.Keys).Distinct().Where(k => !BaseColumns.Contains(k) && !Optional.Contains(k)).Order(StringComparer.Ordinal);
        return new ExportTable([.. BaseColumns, .. optional, .. extras], [.. rows]);
    }

    /// <summary>收费依据和标准 as one cell: basis and standard on two lines, or 不收费.</summary>
    public static string FeesText(Fees? fees) =>
        fees is null ? "" : fees.Charged ? string.Join("\n", new[] { fees.Basis, fees.Standard }.Where(s => s.Length > 0)) : "不收费";

    private static IEnumerable<ExportRow> RowsOf(ListSet lists, IReadOnlyDictionary<string, Law> laws, Entry e, int seq, bool includePublicColumn)
    {
        var count = new[] { 1, e.SubItems.Length, e.Levels.Length, e.Responsibilities.Length }.Max();
        var basis = CitationText.Format(e.Basis, laws);
        var department = lists.Departments.FirstOrDefault(d => d.Id == e.Department)?.Name ?? e.Department;
        var category = lists.Categories.FirstOrDefault(c => c.Code == e.Category)?.Name ?? CategoryNames.NameOf(e.Category);
        for (var i = 0; i < count; i++)
        {
            var sub = i < e.SubItems.Length ? e.SubItems[i] : null;
            var level = i < e.Levels.Length ? e.Levels[i] : null;
            var resp = i < e.Responsibilities.Length ? e.Responsibilities[i] : null;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["序号"] = seq.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["编码"] = e.Code,
                ["事项名称"] = e.Name,
                ["子项名称"] = sub?.Name ?? "",
                ["子项编码"] = sub?.Code ?? "",
                ["子项备注"] = sub?.Notes ?? "",
                ["权力类型"] = category,
                ["实施依据"] = sub is { Basis.Length: > 0 } ? CitationText.Format(sub.Basis, laws) : basis,
                ["行使主体"] = level is { Subject.Length: > 0 } ? level.Subject : e.Subject,
                ["实施层级"] = level?.Name ?? "",
                ["权限范围"] = level?.Scope ?? "",
                ["责任事项"] = resp is null ? "" : ResponsibilityParser.Format(resp),
                ["责任事项依据"] = resp?.Basis ?? "",
                ["部门"] = department,
                ["收费依据和标准"] = FeesText(e.Fees),
                ["救济渠道"] = string.Join("、", e.Remedies),
                ["是否公开"] = includePublicColumn ? (e.Public ? "是" : "否") : "",
            };
            foreach (var (column, value) in TableCells)
            {
                cells[column] = value(e);
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
