using System.Collections.Immutable;
using DiffPlex;

namespace PowerList.Versions.Diffing;

/// <summary>
/// The redline of a changed field: a diff over words (<see cref="WordSegmenter"/>), so 地州市级 → 县市区级 reads as
/// one replacement rather than a scatter of characters. A single unchanged character between two changes is folded
/// into them (a reader sees one replacement, not two around a stray 的). Adjacent runs of one kind are merged, a
/// deletion always comes before the insertion that replaces it, and the result is deterministic.
/// </summary>
public static class WordDiff
{
    public static ImmutableArray<TextSegment> Compute(string before, string after)
    {
        var result = new Differ().CreateCustomDiffs(before, after, false, false, t => [.. WordSegmenter.Split(t)]);
        var hunks = new List<Hunk>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            AddEqual(hunks, Join(result.PiecesOld, a, block.DeleteStartA - a));
            AddChange(hunks, Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA), Join(result.PiecesNew, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        AddEqual(hunks, Join(result.PiecesOld, a, result.PiecesOld.Length - a));
        return Emit(FoldStrays(hunks));
    }

    private sealed record Hunk(string Equal, string Deleted, string Inserted)
    {
        public bool IsChange => Equal.Length == 0;
    }

    private static string Join(string[] pieces, int start, int count) =>
        count <= 0 ? string.Empty : string.Concat(pieces.Skip(start).Take(count));

    private static void AddEqual(List<Hunk> hunks, string text)
    {
        if (text.Length > 0)
        {
            hunks.Add(new Hunk(text, string.Empty, string.Empty));
        }
    }

    private static void AddChange(List<Hunk> hunks, string deleted, string inserted)
    {
        if (deleted.Length == 0 && inserted.Length == 0)
        {
            return;
        }

        if (hunks.Count > 0 && hunks[^1].IsChange)
        {
            hunks[^1] = new Hunk(string.Empty, hunks[^1].Deleted + deleted, hunks[^1].Inserted + inserted);
        }
        else
        {
            hunks.Add(new Hunk(string.Empty, deleted, inserted));
        }
    }

    /// <summary>An unchanged run of one text element between two changes joins them.</summary>
    private static List<Hunk> FoldStrays(List<Hunk> hunks)
    {
        var folded = new List<Hunk>();
        for (var i = 0; i < hunks.Count; i++)
        {
            var h = hunks[i];
            if (!h.IsChange && i > 0 && i + 1 < hunks.Count && folded.Count > 0 && folded[^1].IsChange && hunks[i + 1].IsChange
                && new System.Globalization.StringInfo(h.Equal).LengthInTextElements == 1)
            {
                var next = hunks[i + 1];
                folded[^1] = new Hunk(string.Empty, folded[^1].Deleted + h.Equal + next.Deleted, folded[^1].Inserted + h.Equal + next.Inserted);
                i++;
                continue;
            }

            folded.Add(h);
        }

        return folded;
    }

    private static ImmutableArray<TextSegment> Emit(List<Hunk> hunks)
    {
        var segments = ImmutableArray.CreateBuilder<TextSegment>();
        foreach (var h in hunks)
        {
            if (!h.IsChange)
            {
                segments.Add(new TextSegment(TextSegment.Equal, h.Equal));
                continue;
            }

            if (h.Deleted.Length > 0)
            {
                segments.Add(new TextSegment(TextSegment.Deleted, h.Deleted));
            }

            if (h.Inserted.Length > 0)
            {
                segments.Add(new TextSegment(TextSegment.Inserted, h.Inserted));
            }
        }

        return segments.ToImmutable();
    }
}
