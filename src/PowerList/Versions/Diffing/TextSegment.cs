namespace PowerList.Versions.Diffing;

/// <summary>A run of a word-level diff (<see cref="WordDiff"/>): <c>=</c> unchanged, <c>-</c> deleted, <c>+</c> inserted.</summary>
public sealed record TextSegment(char Op, string Text)
{
    public const char Equal = '=';
    public const char Deleted = '-';
    public const char Inserted = '+';
}
