using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>
/// Load stage, last step: a citation that names its law by title, short title or alias (<see cref="LawNames"/>) gets
/// the law's id, so every later stage and output sees the same resolved law however it was written. Citations that
/// name no law or more than one are left as written: validation reports them (PL0307, PL0317). A file with nothing to
/// bind is returned as it is, and a file bound before against the same laws gives the same object as before (so
/// <c>serve</c>'s caches keep recognising unchanged files).
/// </summary>
public static class LawBinder
{
    private static readonly ConditionalWeakTable<ListFile, Bound> Memo = new();

    public static ListSet Bind(ListSet set)
    {
        if (set.Laws.IsDefaultOrEmpty)
        {
            return set;
        }

        var names = LawNames.For(set.Laws);
        ImmutableArray<ListFile>.Builder? files = null;
        for (var i = 0; i < set.Files.Length; i++)
        {
            var file = set.Files[i];
            var bound = Bind(file, names);
            if (!ReferenceEquals(bound, file) && files is null)
            {
                files = set.Files.ToBuilder();
            }

            if (files is not null)
            {
                files[i] = bound;
            }
        }

        return files is null ? set : set with { Files = files.MoveToImmutable() };
    }

    private static ListFile Bind(ListFile file, LawNames names)
    {
        if (Memo.TryGetValue(file, out var known) && ReferenceEquals(known.Names, names))
        {
            return known.File;
        }

        var changed = false;
        var entries = file.Entries.ToBuilder();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var basis = Bind(entry.Basis, names);
            var subItems = entry.SubItems;
            for (var j = 0; j < entry.SubItems.Length; j++)
            {
                var sub = entry.SubItems[j];
                var subBasis = Bind(sub.Basis, names);
                if (subBasis != sub.Basis)
                {
                    subItems = subItems.SetItem(j, sub with { Basis = subBasis });
                }
            }

            if (basis != entry.Basis || subItems != entry.SubItems)
            {
                entries[i] = entry with { Basis = basis, SubItems = subItems };
                changed = true;
            }
        }

        var result = changed ? file with { Entries = entries.MoveToImmutable() } : file;
        Memo.AddOrUpdate(file, new Bound(names, result));
        return result;
    }

    private static ImmutableArray<Citation> Bind(ImmutableArray<Citation> basis, LawNames names)
    {
        var result = basis;
        for (var i = 0; i < basis.Length; i++)
        {
            var c = basis[i];
            if (c.Law.Length > 0 && names.Resolve(c.Law) is { } law && law.Id != c.Law)
            {
                result = result.SetItem(i, c with { Law = law.Id });
            }
        }

        return result;
    }

    private sealed record Bound(LawNames Names, ListFile File);
}
