using PowerList.Diagnostics;

namespace PowerList.Loading;

/// <summary>
/// The lists folder is closed: a symbolic link that leads outside it or loops, and a special file (FIFO, device,
/// socket), is an error naming its path and is never opened. Links that stay inside the folder are followed.
/// Types are checked without opening anything (<see cref="FileTypes"/>), so a FIFO cannot make a build wait.
/// </summary>
public sealed class ClosedTree
{
    private readonly string _root;

    public ClosedTree(string root)
    {
        _root = (FileTypes.RealPath(root, out _) ?? Path.GetFullPath(root)).TrimEnd(Path.DirectorySeparatorChar);
    }

    /// <summary>
    /// What <paramref name="path"/> leads to inside the folder: <see cref="FileType.Regular"/>,
    /// <see cref="FileType.Directory"/>, or <see cref="FileType.Missing"/> (nothing there, or a link inside the folder to
    /// nothing: reading it reports the file missing). Null after an error was added: a link outside the folder or in a
    /// loop, or a special file.
    /// </summary>
    public FileType? Resolve(string path, DiagnosticBag diagnostics)
    {
        var type = FileTypes.Of(path);
        if (type == FileType.SymbolicLink)
        {
            var real = FileTypes.RealPath(path, out var loop);
            if (loop)
            {
                diagnostics.Add(DiagnosticCodes.LinkLoop.At(SourceLocation.OfFile(path)));
                return null;
            }

            var target = real ?? LinkTarget(path);
            if (!Inside(target))
            {
                diagnostics.Add(DiagnosticCodes.LinkOutside.At(SourceLocation.OfFile(path), target));
                return null;
            }

            type = real is null ? FileType.Missing : FileTypes.Of(real);
        }

        if (type is FileType.Regular or FileType.Directory or FileType.Missing)
        {
            return type;
        }

        diagnostics.Add(DiagnosticCodes.SpecialFile.At(SourceLocation.OfFile(path), FileTypes.Describe(type)));
        return null;
    }

    /// <summary>True when <paramref name="fullPath"/> (canonical) is the folder or lies inside it.</summary>
    public bool Inside(string fullPath) =>
        fullPath == _root || fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Where a dangling link points (not canonical: it is not followed further).</summary>
    private static string LinkTarget(string path)
    {
        var link = new FileInfo(path).LinkTarget ?? path;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Path.GetFullPath(Path.Combine(FileTypes.RealPath(folder, out _) ?? folder, link));
    }
}
