namespace PowerList.Building;

/// <summary>
/// Where a build's large outputs are written straight to their files (<see cref="PlannedOutput.Streamed"/>,
/// precompressed copies of them) instead of being held as byte arrays: the site writer of the build, whose files are
/// in its own folder (a temporary tree or a stage) until the build commits, so nothing half-written is ever in the
/// site. A file created here counts as written once its <see cref="ResolvedOutput"/> reaches the writer.
/// </summary>
public interface IOutputSink
{
    /// <summary>
    /// Opens the new site's file at <paramref name="sitePath"/> (relative, as <see cref="Output.OutputFile.Path"/>) for
    /// writing, seekable; the caller disposes it. Safe to call from several threads for different paths.
    /// </summary>
    FileStream Create(string sitePath);
}
