namespace PowerList.Site.Writing;

/// <summary>
/// What every build does first with its output folder, before reading the previous site: finish or undo whatever a
/// build that died left behind. A complete <see cref="SiteJournal"/> (<c>&lt;out&gt;.journal</c>) is applied again
/// (the dead build had committed: the site becomes exactly its new site) and removed with its stage and trash folders; an
/// incomplete one (<c>&lt;out&gt;.journal.tmp</c>, or a damaged journal) is discarded (the site was not touched:
/// it is the previous site). Then <see cref="StaleFolders"/> removes the temporary, stage and replaced folders of
/// dead builds, or puts back a previous site a build died swapping out.
/// </summary>
public static class SiteRecovery
{
    /// <summary>Recovers the site folder <paramref name="outputFolder"/>; cheap when there is nothing to do.</summary>
    public static void Recover(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var journalPath = SiteJournal.PathFor(target);
        var partial = journalPath + ".tmp";
        if (File.Exists(partial))
        {
            File.Delete(partial);
        }

        if (File.Exists(journalPath))
        {
            var journal = SiteJournal.TryLoad(target);
            if (journal is not null && Directory.Exists(target))
            {
                journal.Apply(target);
            }

            File.Delete(journalPath);
            if (journal is not null)
            {
                StaleFolders.TryDelete(Path.Combine(Path.GetDirectoryName(target)!, journal.StageName));
                StaleFolders.TryDelete(Path.Combine(Path.GetDirectoryName(target)!, journal.TrashName));
            }
        }

        if (Directory.Exists(Path.GetDirectoryName(target)))
        {
            StaleFolders.Clean(target);
        }
    }
}
