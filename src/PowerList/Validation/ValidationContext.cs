using System.Collections.Frozen;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;

namespace PowerList.Validation;

/// <summary>The lists being validated and lookups every rule shares (built once, first occurrence wins).</summary>
public sealed class ValidationContext
{
    public ValidationContext(ListSet lists, IReadOnlySet<ListFileKind>? unreadable = null)
    {
        Lists = lists;
        Unreadable = unreadable ?? new HashSet<ListFileKind>();
        Laws = First(lists.Laws, l => l.Id);
        LawNames = LawNames.For(lists.Laws);
        Departments = First(lists.Departments, d => d.Id);
        Categories = First(lists.Categories, c => c.Code);
        _codes = new Lazy<IReadOnlySet<string>>(() =>
        {
            var codes = new HashSet<string>(lists.Entries.Sum(e => 1 + e.SubItems.Length), StringComparer.Ordinal);
            foreach (var entry in lists.Entries)
            {
                codes.Add(entry.Code);
                foreach (var sub in entry.SubItems)
                {
                    codes.Add(sub.Code);
                }
            }

            return codes;
        });
    }

    private readonly Lazy<IReadOnlySet<string>> _codes;

    public ListSet Lists { get; }

    /// <summary>Top-level files that could not be read: lookups in them are skipped (see <see cref="LoadResult.Unreadable"/>).</summary>
    public IReadOnlySet<ListFileKind> Unreadable { get; }

    public bool CanLookUp(ListFileKind kind) => !Unreadable.Contains(kind);

    public FrozenDictionary<string, Law> Laws { get; }

    /// <summary>The titles, short titles and aliases under which laws may be cited.</summary>
    public LawNames LawNames { get; }

    public FrozenDictionary<string, Department> Departments { get; }

    public FrozenDictionary<string, Category> Categories { get; }

    /// <summary>Every entry and sub-item code.</summary>
    public IReadOnlySet<string> Codes => _codes.Value;

    /// <summary>A place for messages ("另见 …"): path relative to the lists folder, line and column.</summary>
    public string Describe(SourceLocation at)
    {
        if (at.IsNone)
        {
            return "<未知位置>";
        }

        var path = Lists.Root.Length > 0 ? Path.GetRelativePath(Lists.Root, at.File) : at.File;
        return $"{path.Replace('\\', '/')}:{at.Line}:{at.Column}";
    }

    /// <summary>Every citation of one file (each entry's own, then its sub-items').</summary>
    public static IEnumerable<Citation> Citations(ListFile file)
    {
        foreach (var entry in file.Entries)
        {
            foreach (var citation in entry.Basis)
            {
                yield return citation;
            }

            foreach (var sub in entry.SubItems)
            {
                foreach (var citation in sub.Basis)
                {
                    yield return citation;
                }
            }
        }
    }

    private static FrozenDictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
