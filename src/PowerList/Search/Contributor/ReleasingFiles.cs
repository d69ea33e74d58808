using System.Collections;
using PowerList.Building;

namespace PowerList.Search.Contributor;

/// <summary>
/// The index files, enumerable once, timing each step of the writer as "search: serialize" and letting go of the
/// writer as soon as it has given its last file (or is disposed). The writer holds the documents and the inverted
/// index (about 280 MB at 100,000 entries); an iterator would keep them reachable through the enumerators of the
/// site build until its end, while the next stages run.
/// </summary>
internal sealed class ReleasingFiles(IEnumerable<DeferredOutput> files) : IEnumerable<DeferredOutput>, IEnumerator<DeferredOutput>
{
    private IEnumerable<DeferredOutput>? _files = files;
    private IEnumerator<DeferredOutput>? _inner;
    private DeferredOutput? _current;

    public DeferredOutput Current => _current ?? throw new InvalidOperationException();

    object IEnumerator.Current => Current;

    public IEnumerator<DeferredOutput> GetEnumerator()
    {
        var files = _files ?? throw new InvalidOperationException("the index files can be enumerated once");
        _files = null;
        _inner = files.GetEnumerator();
        return this;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool MoveNext()
    {
        if (_inner is null)
        {
            _current = null;
            return false;
        }

        var t = BuildTimings.WallNow();
        var more = _inner.MoveNext();
        _current = more ? _inner.Current : null;
        BuildTimings.MeasureWall("search: serialize", t);
        if (!more)
        {
            Dispose();
        }

        return more;
    }

    public void Reset() => throw new NotSupportedException();

    public void Dispose()
    {
        _inner?.Dispose();
        _inner = null;
    }
}
