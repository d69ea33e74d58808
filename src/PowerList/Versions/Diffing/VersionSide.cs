using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// One side of a comparison: a release (version, date, title, document) or <c>current</c> (no date: every
/// adjustment after the other side's date counts), with its lists.
/// </summary>
public sealed record VersionSide(string Version, string Date, string Title, string Document, ListSet Lists)
{
    public bool IsCurrent => Version == VersionNames.Current;
}
