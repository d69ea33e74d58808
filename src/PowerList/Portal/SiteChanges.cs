namespace PowerList.Portal;

/// <summary>
/// What an update in place (<see cref="PortalSiteUpdate"/>) has changed in the site so far: files linked or written,
/// files deleted. Counted as they happen, so that after a failure half-way the caller knows whether the site is still
/// the one it was (nothing changed) or a mix of old and new files.
/// </summary>
public sealed class SiteChanges
{
    public int Written { get; internal set; }

    public int Deleted { get; internal set; }

    /// <summary>Whether any file of the site was replaced, added or deleted.</summary>
    public bool Any => Written + Deleted > 0;
}
