namespace PowerList.Portal;

/// <summary>How a merge deletes the site it replaced (<see cref="PortalMerge.Merge"/>): deleting a big site's files can take minutes on a busy disk, and the new one is already in place.</summary>
public enum OldSiteRemoval
{
    /// <summary>Before returning (<c>build</c>).</summary>
    Wait,

    /// <summary>On a background task of this process (<c>serve</c>).</summary>
    Background,

    /// <summary>By a detached <c>rm -rf</c> that outlives this process (<c>build --detach-cleanup</c>).</summary>
    Detached,
}
