using System.Buffers.Binary;
using PowerList.Model;
using PowerList.Building;

namespace PowerList.Site.Pages;

/// <summary>
/// Everything an entry page's inputs (<see cref="PageKeys.Entry"/>) read besides the entry itself, hashed once per
/// build: the site settings, every category's and department's name as the page shows it, every law's hash, and,
/// for entries that replace others, which codes are public. An entry page's token (<see cref="PlannedOutput.Token"/>)
/// is the entry's hash with this: equal tokens mean equal inputs (it over-approximates: renaming any department
/// or a department's contacts changes every entry page's token, and the inputs are then computed as in a cold build).
/// <para>
/// Law pages and the pages of category and department lists have tokens from the same shared hash with the hashes
/// of the entries they list (<see cref="Law"/>, <see cref="ListPage"/>): an entry's hash covers every field a row
/// shows (code, name, category, department), the shared hash the names and the laws.
/// </para>
/// </summary>
public sealed class EntryContext
{
    private readonly ModelHashes _hashes;
    private readonly UInt128 _shared;
    private readonly Lazy<UInt128> _published;

    public EntryContext(SiteIndex index, ModelHashes hashes)
    {
        _hashes = hashes;
        var lists = index.Lists;
        var key = new KeyWriter("entry-context/2", 64 * 1024).Add(hashes.Site).Add(lists.Categories.Length);
        foreach (var category in lists.Categories)
        {
            key.Add(category.Code).Add(index.CategoryName(category.Code));
        }

        key.Add(lists.Departments.Length);
        foreach (var department in lists.Departments)
        {
            key.Add(department.Id).Add(index.DepartmentName(department.Id)).Add(hashes.Department(department.Id));
        }

        key.Add(lists.Laws.Length);
        foreach (var law in lists.Laws)
        {
            key.Add(law.Id).Add(hashes.Law(law.Id));
        }

        _shared = key.Hash();
        _published = new Lazy<UInt128>(
            () =>
            {
                var codes = new KeyWriter("published/1", 64 * 1024).Add(index.Entries.Count);
                foreach (var entry in index.Entries)
                {
                    codes.Add(entry.Code);
                }

                return codes.Hash();
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The token of <paramref name="entry"/>'s page.</summary>
    public UInt128 Token(Entry entry)
    {
        Span<byte> parts = stackalloc byte[48];
        BinaryPrimitives.WriteUInt128LittleEndian(parts, _hashes.Entry(entry));
        BinaryPrimitives.WriteUInt128LittleEndian(parts[16..], _shared);
        BinaryPrimitives.WriteUInt128LittleEndian(parts[32..], Replaces(entry) ? _published.Value : 0);
        return ContentKey.Token(parts);
    }

    /// <summary>
    /// The token of a law's page (<see cref="PageKeys.Law"/>): the laws and names (shared) and each citing entry's
    /// hash, in order. The law itself is told by the page's path.
    /// </summary>
    public UInt128 Law(IReadOnlyList<Entry> citing)
    {
        var key = new KeyWriter("law-token/1", 48 + (citing.Count * 16)).Add(_shared).Add(citing.Count);
        foreach (var entry in citing)
        {
            key.Add(_hashes.Entry(entry));
        }

        return key.Token();
    }

    /// <summary>
    /// The token of one page of a category's or department's list (<see cref="PageKeys.ListPage"/>): the names
    /// (shared), the owner's hash, the whole list's contents (<see cref="PageKeys.ListContents"/>), the page number
    /// and the hash of each entry on it.
    /// </summary>
    public UInt128 ListPage(UInt128 owner, UInt128 contents, int page, IReadOnlyList<Entry> rows)
    {
        var key = new KeyWriter("list-token/1", 96 + (rows.Count * 16)).Add(_shared).Add(owner).Add(contents).Add(page).Add(rows.Count);
        foreach (var entry in rows)
        {
            key.Add(_hashes.Entry(entry));
        }

        return key.Token();
    }

    private static bool Replaces(Entry entry)
    {
        foreach (var adjustment in entry.Adjustments)
        {
            if (adjustment.Replaces.Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
