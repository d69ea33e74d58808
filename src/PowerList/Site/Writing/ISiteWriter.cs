using PowerList.Output;

namespace PowerList.Site.Writing;

/// <summary>
/// How a build puts its files in place: <see cref="AtomicSiteWriter"/> writes a whole new tree and swaps it in
/// (clean builds), <see cref="InPlaceSiteWriter"/> stages only the changed files and applies them to the previous
/// site through a <see cref="SiteJournal"/> (incremental builds). Either way a build that fails or dies before
/// <see cref="Commit"/> returns leaves the previous site (after <see cref="SiteRecovery.Recover"/>, which every
/// build runs first), and a committed build leaves exactly the new one.
/// </summary>
public interface ISiteWriter : IDisposable, Building.IOutputSink
{
    /// <summary>The site folder.</summary>
    string Target { get; }

    /// <summary>Files of the new site so far, written or reused.</summary>
    long FilesWritten { get; }

    /// <summary>Their bytes.</summary>
    long BytesWritten { get; }

    /// <summary>After <see cref="Commit"/>: a replaced site folder still to delete, if any.</summary>
    string? OldFolder { get; }

    /// <summary>Writes one file of the new site. Safe to call from several threads for different paths.</summary>
    void Write(OutputFile file);

    /// <summary>
    /// Counts a file already written at <paramref name="sitePath"/> through <see cref="Building.IOutputSink.Create"/>
    /// (<see cref="Building.ResolvedOutput.WrittenTo"/>) as one of the new site. Safe to call from several threads for different paths.
    /// </summary>
    void Written(string sitePath, long length);

    /// <summary>
    /// Keeps the previous site's file <paramref name="existingFile"/> at <paramref name="sitePath"/> (unchanged
    /// inputs). Safe to call from several threads for different paths.
    /// </summary>
    void Reuse(string sitePath, string existingFile, long length);

    /// <summary>
    /// Makes the folder that <paramref name="sitePath"/> will be written into, ahead of the write (<see cref="FolderMaker"/>),
    /// where the writer writes a whole new tree; nothing elsewhere. Safe to call from several threads, beside the writes.
    /// </summary>
    void MakeFolderOf(string sitePath)
    {
    }

    /// <summary>Puts the new site in place. After this, disposing does nothing.</summary>
    void Commit();

    /// <summary>Deletes <see cref="OldFolder"/> (a later build removes it if this process dies first).</summary>
    void DeleteOld();

    /// <summary>Hands <see cref="OldFolder"/> to a detached <c>rm -rf</c> that outlives this process.</summary>
    void DeleteOldDetached();
}
