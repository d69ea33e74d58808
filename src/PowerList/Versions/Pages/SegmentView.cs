using PowerList.Versions.Diffing;

namespace PowerList.Versions.Pages;

/// <summary>A run of a word diff (redline) as templates see it: <c>{{#if del}}&lt;del&gt;{{text}}&lt;/del&gt;…</c> (text escaped by the template).</summary>
public sealed record SegmentView(string Text, bool Del, bool Ins)
{
    public static IReadOnlyList<SegmentView> Redline(IEnumerable<TextSegment> diff) =>
        [.. diff.Select(s => new SegmentView(s.Text, s.Op == TextSegment.Deleted, s.Op == TextSegment.Inserted))];

    /// <summary>The old text with deletions marked.</summary>
    public static IReadOnlyList<SegmentView> Before(IEnumerable<TextSegment> diff) =>
        [.. diff.Where(s => s.Op != TextSegment.Inserted).Select(s => new SegmentView(s.Text, s.Op == TextSegment.Deleted, false))];

    /// <summary>The new text with insertions marked.</summary>
    public static IReadOnlyList<SegmentView> After(IEnumerable<TextSegment> diff) =>
        [.. diff.Where(s => s.Op != TextSegment.Deleted).Select(s => new SegmentView(s.Text, false, s.Op == TextSegment.Inserted))];
}
