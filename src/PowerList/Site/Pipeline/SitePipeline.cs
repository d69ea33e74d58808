using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Compression;
using PowerList.Building;
using PowerList.Site.Writing;

namespace PowerList.Site.Pipeline;

/// <summary>
/// The site build after loading: validate (errors stop the build, the output folder is not touched), lock the
/// output folder (<see cref="SiteLock"/>) and recover it from a build that died (<see cref="SiteRecovery"/>), run
/// every contributor (reusing the previous site's files whose inputs did not change) and write their files as they
/// come (streaming): with a usable previous build only the changed files, staged and applied in place through a
/// journal (<see cref="InPlaceSiteWriter"/>); otherwise the whole site into a temporary folder that is swapped in
/// (<see cref="AtomicSiteWriter"/>). Two contributors
/// writing the same path is a bug and throws <see cref="DuplicateOutputException"/>; any exception leaves the
/// previous site as it was. The previous site is deleted after the swap, in the background when
/// <see cref="RemovePreviousSiteInBackground"/> (<see cref="SiteBuildResult.PreviousSiteRemoval"/>). Create with <see cref="SiteBuilder"/>.
/// </summary>
public sealed class SitePipeline
{
    public SitePipeline(IReadOnlyList<ISiteContributor> contributors)
    {
        Contributors = contributors;
    }

    public IReadOnlyList<ISiteContributor> Contributors { get; }

    /// <summary>Files handed to the writer at once (written in parallel).</summary>
    private const int WriteBatch = 256;

    /// <summary>
    /// Reuse unchanged files of the previous site (see <see cref="IncrementalSession"/>); false renders everything.
    /// Either way the result is the same bytes, including the build manifest.
    /// </summary>
    public bool Incremental { get; set; } = true;

    /// <summary>Delete the replaced site on a background task (the result's <see cref="SiteBuildResult.PreviousSiteRemoval"/>) instead of before returning.</summary>
    public bool RemovePreviousSiteInBackground { get; init; }

    /// <summary>
    /// Hand the previous site to a detached <c>rm -rf</c> (see <see cref="AtomicSiteWriter.DeleteOldDetached"/>)
    /// instead of deleting it on a background task of this process; for one-shot command-line builds.
    /// </summary>
    public bool DetachOldSiteRemoval { get; set; }

    /// <summary>
    /// State kept between builds by a long-running process (<c>serve</c>), handed to every
    /// <see cref="IWarmContributor"/>; cleared when a build fails. Null: every build starts cold.
    /// </summary>
    public WarmBuild? Warm { get; set; }

    /// <summary>
    /// Write a precompressed copy beside every large text file (<c>x.html.gz</c>, see <see cref="Precompression"/>),
    /// for web servers that send it as it is (docs/deploy.md). Null (the library's default, and <c>serve</c>'s): none.
    /// An incremental build remakes only the copies of changed files and drops those of deleted ones.
    /// </summary>
    public Precompression? Precompress { get; set; }

    /// <summary>
    /// Where the build times its stages and their parts (<c>build --timings</c>), passed down like the diagnostics: to
    /// the session, the writer and every <see cref="ITimedContributor"/>. Null (the default): nothing is timed.
    /// </summary>
    public TimingLog? Timings { get; set; }

    /// <summary>
    /// Builds the site of <paramref name="lists"/> into <paramref name="outputFolder"/>, unless
    /// <paramref name="diagnostics"/> (from loading and validating) hold an error.
    /// </summary>
    public SiteBuildResult Build(
        ListSet lists,
        IReadOnlyList<Diagnostic> diagnostics,
        string outputFolder,
        IProgress<SiteProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (diagnostics.Any(d => d.IsError))
        {
            return new SiteBuildResult(false, diagnostics, 0, 0, []);
        }

        lists = Model.PublishedLists.Of(lists); // no public entry names a non-public code on any page

        var counts = new List<ContributorCount>();
        Timings?.Mark("start of site build");
        using var siteLock = SiteLock.Acquire(outputFolder);
        SiteRecovery.Recover(outputFolder);
        var session = new IncrementalSession(outputFolder, Incremental, Warm?.Site, Timings);
        // A trusted warm build hands on only the files it visits (BulkKeep): no table of every path.
        var owners = new Dictionary<string, string>(session.Trusted ? 0 : session.PreviousCount, StringComparer.OrdinalIgnoreCase);
        try
        {
            return Build(lists, diagnostics, outputFolder, session, owners, counts, progress, cancellationToken);
        }
        catch
        {
            Warm?.Clear();
            throw;
        }
    }

    private SiteBuildResult Build(
        ListSet lists,
        IReadOnlyList<Diagnostic> diagnostics,
        string outputFolder,
        IncrementalSession session,
        Dictionary<string, string> owners,
        List<ContributorCount> counts,
        IProgress<SiteProgress>? progress,
        CancellationToken cancellationToken)
    {

        // With a usable previous build, only changed files are written (staged, then applied through a journal);
        // otherwise a whole new tree is written beside the old one and swapped in.
        using ISiteWriter writer = session.HasPrevious
            ? InPlaceSiteWriter.Open(outputFolder, session.Deleted, Timings)
            : AtomicSiteWriter.Open(outputFolder);
        session.Sink = writer; // downloads are written straight into the new site's files
        // Nothing else is done per file without precompressed copies: unaffected outputs are kept in bulk, only counted.
        session.BulkKeep = Precompress is null && writer is InPlaceSiteWriter;
        var policy = Precompress;
        session.CopyAhead = policy is null ? null : file => CompressedCopies.Of(session, file, policy);
        var compressed = 0;
        foreach (var contributor in Contributors)
        {
            progress?.Report(new SiteProgress(contributor.Name, 0, false));
            if (Warm is not null && contributor is IWarmContributor warm)
            {
                warm.UseWarm(Warm);
            }

            if (contributor is ITimedContributor timed)
            {
                timed.UseTimings(Timings);
            }

            // A clean build writes each batch while the next one renders; an in-place build writes as it goes.
            var files = 0;
            using (var batches = new BatchWriter(writer, session, Precompress, Timings, background: writer is AtomicSiteWriter, cancellationToken))
            {
                foreach (var chunk in session.Resolve(contributor, lists).Chunk(WriteBatch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Claim(owners, chunk, contributor.Name, Precompress);
                    batches.Add(chunk);
                    var before = files;
                    files += chunk.Length;
                    if (files / 500 != before / 500)
                    {
                        progress?.Report(new SiteProgress(contributor.Name, files, false));
                    }
                }

                batches.Finish();
                compressed += batches.Copies;
            }

            foreach (var path in session.TakeCarried())
            {
                Claim(owners, path, contributor.Name);
            }

            if (session.TakeKept() is (> 0, var keptBytes) kept)
            {
                ((InPlaceSiteWriter)writer).Kept(kept.Files, keptBytes);
                files += kept.Files;
            }

            Timings?.Mark(contributor.Name);
            counts.Add(new ContributorCount(contributor.Name, files));
            progress?.Report(new SiteProgress(contributor.Name, files, true));
        }

        ClaimKept(owners, session);
        if (Precompress is not null)
        {
            counts.Add(new ContributorCount(PrecompressName, compressed));
            progress?.Report(new SiteProgress(PrecompressName, compressed, true));
        }

        writer.Write(session.Manifest());
        Timings?.Mark("manifest");
        var written = writer.FilesWritten;
        var bytes = writer.BytesWritten;
        writer.Commit();
        session.Committed();
        Timings?.Mark(writer is InPlaceSiteWriter ? "clean up" : "swap");
        var cleanup = Task.CompletedTask;
        if (DetachOldSiteRemoval)
        {
            writer.DeleteOldDetached();
        }
        else if (RemovePreviousSiteInBackground && writer.OldFolder is not null)
        {
            cleanup = Task.Run(writer.DeleteOld, CancellationToken.None);
        }
        else
        {
            writer.DeleteOld();
        }

        return new SiteBuildResult(true, diagnostics, written, bytes, counts) { PreviousSiteRemoval = cleanup };
    }

    /// <summary>The name precompressed copies are counted under (and named by in a <see cref="DuplicateOutputException"/>).</summary>
    public const string PrecompressName = "precompress";

    /// <summary>
    /// Claims the paths of one batch for <paramref name="contributor"/>, then those of their precompressed copies; a path
    /// claimed twice is a bug (<see cref="DuplicateOutputException"/>).
    /// </summary>
    private static void Claim(Dictionary<string, string> owners, ResolvedOutput[] chunk, string contributor, Precompression? policy)
    {
        foreach (var file in chunk)
        {
            Claim(owners, file.Path, contributor);
        }

        if (policy is null)
        {
            return;
        }

        foreach (var file in chunk)
        {
            if (CompressedCopies.PathOf(file, policy) is { } copy)
            {
                Claim(owners, copy, PrecompressName);
            }
        }
    }

    /// <summary>Claims <paramref name="path"/> for <paramref name="contributor"/>; a path claimed twice (ignoring case) is a bug.</summary>
    private static void Claim(Dictionary<string, string> owners, string path, string contributor)
    {
        if (!owners.TryAdd(path, contributor))
        {
            throw new DuplicateOutputException(path, owners[path], contributor);
        }
    }

    /// <summary>
    /// After every contributor, before anything is committed: a file kept in bulk (not claimed, so that a warm build
    /// has no table of every path) at a path claimed by another file is the same bug as two files claiming it.
    /// </summary>
    private void ClaimKept(Dictionary<string, string> owners, IncrementalSession session)
    {
        var t = Timings?.Now() ?? default;
        foreach (var (path, contributor) in session.KeptInBulk())
        {
            if (owners.TryGetValue(path, out var first))
            {
                throw new DuplicateOutputException(path, first, contributor);
            }
        }

        Timings?.Measure("claims: kept", t);
    }
}
