using PowerList.Model;

namespace PowerList.Building.Dependencies;

/// <summary>
/// Which records of a list set may differ from those of an earlier list set of the same lists, found from the objects
/// alone: <c>serve</c>'s loader gives an unchanged list file as the very object it gave before (records are
/// immutable), so every entry of a list file that is not one of the other set's files — new, changed, or gone — is
/// taken as changed, with its code, category, department and the laws it cites (old and new version alike). When
/// anything but the list files differs (site, categories, departments, laws, synonyms, catalogue) there is no answer
/// (<see cref="Of"/> gives null) and every identity is asked, as without this. False positives are fine (an entry of
/// a changed file that did not change is hashed again and found equal); a false negative would leave a stale page.
/// </summary>
public sealed class RecordChanges
{
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _categories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _departments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _laws = new(StringComparer.Ordinal);
    private readonly List<ListFile> _gone = [];
    private readonly List<ListFile> _made = [];

    private RecordChanges()
    {
    }

    /// <summary>List files of the later set that are not the earlier set's objects, and of the earlier set that are gone.</summary>
    public int Files { get; private set; }

    /// <summary>The earlier set's list files that are not the later set's (changed or deleted), in file order.</summary>
    public IReadOnlyList<ListFile> Gone => _gone;

    /// <summary>The later set's list files that are not the earlier set's (changed or added), in file order.</summary>
    public IReadOnlyList<ListFile> Made => _made;

    /// <summary>Entries of those files, both sets counted.</summary>
    public int Entries { get; private set; }

    /// <summary>Whether some code is public in one set and not in the other (an entry page added or removed).</summary>
    public bool PublishedChanged { get; private set; }

    /// <summary>Whether some entry of those files (either set) records an ending (<see cref="Entry.Ended"/>): without it the ended entries are the same, in the same order.</summary>
    public bool EndingChanged { get; private set; }

    /// <summary>Whether an entry with this code (or a sub-item with it) is in a changed file of either set.</summary>
    public bool Code(string code) => _codes.Contains(code);

    /// <summary>
    /// The changes from <paramref name="previous"/> to <paramref name="current"/>, or null when something besides the
    /// list files is not the same object (or equal value) in both.
    /// </summary>
    public static RecordChanges? Of(ListSet previous, ListSet current)
    {
        if (!string.Equals(previous.Root, current.Root, StringComparison.Ordinal)
            || !ReferenceEquals(previous.Site, current.Site)
            || !ReferenceEquals(previous.Catalogue, current.Catalogue)
            || !SameObjects.In(previous.Categories, current.Categories)
            || !SameObjects.In(previous.Departments, current.Departments)
            || !SameObjects.In(previous.Laws, current.Laws)
            || !SameObjects.In(previous.Synonyms, current.Synonyms))
        {
            return null;
        }

        var changes = new RecordChanges();
        var before = new HashSet<ListFile>(previous.Files, ReferenceEqualityComparer.Instance);
        var after = new HashSet<ListFile>(current.Files, ReferenceEqualityComparer.Instance);
        foreach (var file in current.Files)
        {
            if (!before.Contains(file))
            {
                changes._made.Add(file);
                changes.Add(file);
            }
        }

        foreach (var file in previous.Files)
        {
            if (!after.Contains(file))
            {
                changes._gone.Add(file);
                changes.Add(file);
            }
        }

        var was = previous.PublicByCode;
        var now = current.PublicByCode;
        foreach (var code in changes._codes)
        {
            if (was.ContainsKey(code) != now.ContainsKey(code))
            {
                changes.PublishedChanged = true;
                break;
            }
        }

        return changes;
    }

    /// <summary>
    /// Whether <paramref name="identity"/> (of the current lists' kinds, <see cref="IdentityKind"/>) may hash otherwise
    /// now: false only for a kind whose value is known to follow from the records named here; true for any other kind
    /// (totals, coverage, latest changes, codes, the lists in full, conformity, the versions' kinds, kinds added later).
    /// </summary>
    public bool Touches(Identity identity) => identity.Kind switch
    {
        IdentityKind.Entry or IdentityKind.Published => _codes.Contains(identity.Key),
        IdentityKind.InCategory or IdentityKind.CountInCategory => _categories.Contains(identity.Key),
        IdentityKind.InDepartment or IdentityKind.CountInDepartment => _departments.Contains(identity.Key),
        IdentityKind.Citing or IdentityKind.CountCiting => _laws.Contains(identity.Key),
        IdentityKind.Site or IdentityKind.Law or IdentityKind.Department or IdentityKind.Category or IdentityKind.Laws
            or IdentityKind.Categories or IdentityKind.Departments or IdentityKind.CategoryName or IdentityKind.DepartmentName
            or IdentityKind.Catalogue => false,
        _ => true,
    };

    private void Add(ListFile file)
    {
        Files++;
        foreach (var entry in file.Entries)
        {
            Entries++;
            EndingChanged |= entry.Ended is not null;
            _codes.Add(entry.Code);
            _categories.Add(entry.Category);
            _departments.Add(entry.Department);
            AddLaws(entry.Basis);
            foreach (var item in entry.SubItems)
            {
                _codes.Add(item.Code);
                AddLaws(item.Basis);
            }
        }
    }

    private void AddLaws(System.Collections.Immutable.ImmutableArray<Citation> basis)
    {
        foreach (var citation in basis)
        {
            _laws.Add(citation.Law);
        }
    }
}
