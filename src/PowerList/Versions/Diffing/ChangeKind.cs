namespace PowerList.Versions.Diffing;

/// <summary>Which array of the comparison a change belongs to.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
    Replaced,
}
