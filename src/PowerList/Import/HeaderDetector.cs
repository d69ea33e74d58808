using System.Collections.Immutable;
using PowerList.Import.Reading;
using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// Finds the header of a sheet: the row (among the first 20) that names the most known columns and includes a
/// name column. Title rows above it are ignored. A header may span two rows: when the row below the header
/// names known columns under a merged or repeated parent title (实施层级及权限 over 层级 and 权限), or when the
/// header row leaves cells empty that the row below fills, the two rows are read together.
/// </summary>
public static class HeaderDetector
{
    private const int ScanRows = 20;

    public static SheetLayout? Detect(RawSheet sheet)
    {
        var best = -1;
        var bestScore = 0;
        for (var r = 0; r < Math.Min(ScanRows, sheet.RowCount); r++)
        {
            var kinds = RowKinds(sheet, r);
            if (!kinds.Contains(ColumnKind.Name))
            {
                continue;
            }

            var score = kinds.Count;
            if (score >= 2 && score > bestScore)
            {
                best = r;
                bestScore = score;
            }
        }

        if (best < 0)
        {
            return null;
        }

        // Merged header cells repeat in the row below, so a sub-header row may outscore its parent: prefer the parent.
        if (best > 0 && RowKinds(sheet, best - 1).Contains(ColumnKind.Name) && IsSubHeader(sheet, best - 1, best))
        {
            return new SheetLayout(best - 1, best, Columns(sheet, best - 1, best));
        }

        var last = IsSubHeader(sheet, best, best + 1) ? best + 1 : best;
        return new SheetLayout(best, last, Columns(sheet, best, last));
    }

    /// <summary>True when a row is a copy of the header (repeated on every printed page).</summary>
    public static bool IsRepeatedHeader(RawSheet sheet, SheetLayout layout, int row)
    {
        var matches = 0;
        foreach (var column in layout.Columns)
        {
            var text = sheet.Cell(row, column.Index);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (CellText.Normalize(text) != CellText.Normalize(column.Title)
                && CellText.Normalize(text) != CellText.Normalize(sheet.Cell(layout.HeaderFirstRow, column.Index)))
            {
                return false;
            }

            matches++;
        }

        return matches >= 2;
    }

    private static HashSet<ColumnSlot> RowKinds(RawSheet sheet, int row)
    {
        var kinds = new HashSet<ColumnSlot>();
        for (var c = 0; c < sheet.ColumnCount; c++)
        {
            if (HeaderSynonyms.Match(sheet.Cell(row, c)) is { } kind)
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    private static bool IsSubHeader(RawSheet sheet, int header, int below)
    {
        if (below >= sheet.RowCount)
        {
            return false;
        }

        var known = 0;
        for (var c = 0; c < sheet.ColumnCount; c++)
        {
            var text = sheet.Cell(below, c);
            if (text.Trim().Length == 0 || text == sheet.Cell(header, c))
            {
                continue;
            }

            if (HeaderSynonyms.Recognise(text) is null)
            {
                return false;
            }

            known++;
        }

        return known > 0;
    }

    private static ImmutableArray<SheetColumn> Columns(RawSheet sheet, int first, int last)
    {
        var columns = ImmutableArray.CreateBuilder<SheetColumn>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < sheet.ColumnCount; c++)
        {
            var top = TextCleaner.CleanHeader(sheet.Cell(first, c));
            var bottom = last > first ? TextCleaner.CleanHeader(sheet.Cell(last, c)) : top;
            var title = bottom.Length > 0 && bottom != top ? bottom : top;
            var header = top.Length > 0 && bottom.Length > 0 && bottom != top ? top + "/" + bottom : title;
            var slot = (last > first ? HeaderSynonyms.Match(bottom) : null) ?? HeaderSynonyms.Match(top) ?? ColumnKind.Extra;
            var kind = slot.Kind;
            if (kind == ColumnKind.Extra && (HeaderSynonyms.IsStaff(title) || HeaderSynonyms.IsStaff(top)))
            {
                kind = ColumnKind.Staff;
            }

            if (title.Length == 0)
            {
                title = $"第{c + 1}列";
            }

            if (last > first && bottom.Length > 0 && bottom != top && HeaderSynonyms.Recognise(bottom) is null && top.Length > 0)
            {
                title = top + "/" + bottom;
            }

            var n = seen.GetValueOrDefault(title) + 1;
            seen[title] = n;
            if (n > 1)
            {
                title = $"{title}（{n}）";
            }

            columns.Add(new SheetColumn(c, kind, title, header, slot.Field));
        }

        // A level-and-scope title over two columns: the first is the level, the second the scope.
        var result = columns.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Kind != ColumnKind.LevelAndScope)
            {
                continue;
            }

            var j = i + 1;
            if (j < result.Count && result[j].Index == result[i].Index + 1
                && (result[j].Kind == ColumnKind.LevelAndScope || SameParent(sheet, first, last, result[i].Index, result[j].Index)))
            {
                result[i] = result[i] with { Kind = ColumnKind.Level, Title = "实施层级" };
                result[j] = result[j] with { Kind = ColumnKind.Scope, Title = "权限范围" };
            }
        }

        // No header text at all (and not the scope half of 实施层级及权限): a helper column, dropped.
        // A second column of a known title (a copy of the header's tail) keeps its kind: RowValues merges its text.
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Header.Length == 0 && result[i].Kind == ColumnKind.Extra)
            {
                result[i] = result[i] with { Kind = ColumnKind.Untitled };
            }
        }

        return [.. result];
    }

    private static bool SameParent(RawSheet sheet, int first, int last, int a, int b) =>
        (sheet.MergeAt(first, a) is { } m && m.Contains(first, b))
        || (sheet.Cell(first, b).Trim().Length == 0 && sheet.Cell(last, b).Trim().Length == 0);
}
