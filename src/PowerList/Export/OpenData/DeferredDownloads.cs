namespace PowerList.Export.OpenData;

/// <summary>
/// <c>serve</c>'s switch (kept in its warm state): when <see cref="Enabled"/>, a build does not make the current
/// data's downloads (<c>data/current/</c>) but keeps the files already in the site, and <c>serve</c> makes them again
/// in the background once the editor is idle, replacing each file whole (docs/performance.md, "Downloads in serve").
/// A CLI <c>build</c> never sets it: it writes every download.
/// </summary>
public sealed class DeferredDownloads
{
    /// <summary>Whether this build leaves the current downloads to be made later.</summary>
    public bool Enabled { get; set; }
}
