using System.Collections.Immutable;
using System.Globalization;
using DiffPlex;

namespace PowerList.Versions.Diffing;

/// <summary>
/// Character-level diff for Chinese text (no spaces between words, so word diffs do not work), by DiffPlex on
/// text elements: a CJK extension character written as a surrogate pair or a letter with a combining mark is
/// never split. Adjacent runs of the same kind are merged.
/// </summary>
public static class CharacterDiff
{
    public static ImmutableArray<TextSegment> Compute(string before, string after)
    {
        var result = new Differ().CreateCustomDiffs(before, after, false, Chunk);
        var segments = new List<TextSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, TextSegment.Equal, result.PiecesOld, a, block.DeleteStartA - a);
            Add(segments, TextSegment.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, TextSegment.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, TextSegment.Equal, result.PiecesOld, a, result.PiecesOld.Length - a);
        return [.. segments];
    }

    private static string[] Chunk(string text)
    {
        var pieces = new List<string>(text.Length);
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            pieces.Add(e.GetTextElement());
        }

        return [.. pieces];
    }

    private static void Add(List<TextSegment> segments, char op, string[] pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Op == op)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new TextSegment(op, text));
        }
    }
}
