namespace PowerList.Building;

/// <summary>
/// The site paths of one kind of page made for a sequence of codes, kept by a long-running process (a
/// <see cref="WarmBuild"/> slot) so that a build whose codes are those of the previous one, in the same order, takes
/// the same strings instead of making 100,000 of them again. The paths are a function of the code alone.
/// </summary>
public sealed class PathMemo
{
    private string[] _codes = [];
    private string[] _paths = [];

    /// <summary>The path of each code (<paramref name="path"/> applied to each), the previous array when the codes are the same.</summary>
    public IReadOnlyList<string> For<T>(IReadOnlyList<T> items, Func<T, string> code, Func<string, string> path)
    {
        lock (this)
        {
            if (!CodeSequence.Same(_codes, items, code))
            {
                var codes = CodeSequence.Of(items, code);
                (_codes, _paths) = (codes, [.. codes.Select(path)]);
            }

            return _paths;
        }
    }
}
