using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;

namespace PowerList.Validation;

/// <summary>
/// What the previous validation found in each list file (<c>powerlist serve</c>): the per-file checks
/// (<see cref="IFileRule"/>) of a file object seen before are not run again as long as the top-level files they look
/// things up in are the same objects; the checks across files always run. A <see cref="LoadCache"/> keeps unchanged
/// files as the same objects. One validation at a time.
/// </summary>
public sealed class ValidationCache
{
    private Dictionary<ListFile, IReadOnlyList<Diagnostic>> _files = new(ReferenceEqualityComparer.Instance);
    private Environment? _environment;

    /// <summary>List files of the last validation whose per-file results were reused.</summary>
    public int Reused { get; private set; }

    /// <summary>List files of the last validation checked.</summary>
    public int Checked { get; private set; }

    internal IReadOnlyList<Diagnostic>?[] Begin(ValidationContext context)
    {
        var environment = new Environment(context.Lists.Root, context.Lists.Site, context.Lists.Categories, context.Lists.Departments,
            context.Lists.Laws, [.. context.Unreadable.Order()]);
        if (_environment is null || !_environment.Same(environment))
        {
            _files.Clear();
        }

        _environment = environment;
        var files = context.Lists.Files;
        var known = new IReadOnlyList<Diagnostic>?[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            known[i] = _files.GetValueOrDefault(files[i]);
        }

        Reused = known.Count(k => k is not null);
        Checked = files.Length - Reused;
        return known;
    }

    internal void End(ImmutableArray<ListFile> files, IReadOnlyList<Diagnostic>[] results)
    {
        var next = new Dictionary<ListFile, IReadOnlyList<Diagnostic>>(files.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < files.Length; i++)
        {
            next.TryAdd(files[i], results[i]);
        }

        _files = next;
    }

    /// <summary>What per-file checks may look at besides the file: the same objects give the same results.</summary>
    private sealed record Environment(
        string Root, SiteInfo Site, ImmutableArray<Category> Categories, ImmutableArray<Department> Departments,
        ImmutableArray<Law> Laws, ListFileKind[] Unreadable)
    {
        public bool Same(Environment other) =>
            Root == other.Root && ReferenceEquals(Site, other.Site) && SameObjects.In(Categories, other.Categories)
            && SameObjects.In(Departments, other.Departments) && SameObjects.In(Laws, other.Laws) && Unreadable.SequenceEqual(other.Unreadable);
    }
}
