using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Conformity;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Site.Pipeline;

namespace PowerList.Site.Pages;

/// <summary>
/// The site's data for one build, shared by every output: the lookups (<see cref="SiteIndex"/>), the records' hashes
/// (<see cref="ModelHashes"/>) and the one place that says what each <see cref="Identity"/> hashes to now: a record's
/// hash, or for a derived identity a hash of exactly what <see cref="SiteView"/>'s accessor for it returns, computed
/// once per build. Outputs read it only through a <see cref="SiteView"/>, which records what they read.
/// </summary>
public sealed class SiteData : IIdentityHashes
{
    private static readonly ConditionalWeakTable<ListSet, SiteData> Cache = new();

    private readonly ConcurrentDictionary<Identity, UInt128> _derived = new();
    private readonly ConcurrentDictionary<Identity, Member[]> _members = new();
    private readonly ConcurrentDictionary<object, object> _memo = new();
    private readonly Lazy<(ConformityReport? Report, byte[]? Json)> _conformity;

    private readonly Lazy<ModelHashes> _hashes;

    private SiteData(SiteIndex index, Func<ModelHashes> hashes)
    {
        Index = index;
        var lists = index.Lists;
        _hashes = new(hashes, LazyThreadSafetyMode.ExecutionAndPublication);
        _conformity = new(
            () => ConformityChecker.Check(lists) is { } report ? (report, ConformityJson.Write(report)) : (null, null),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SiteIndex Index { get; }

    /// <summary>The records' hashes, computed on first use (a release's copy whose pages are all reused never needs them).</summary>
    public ModelHashes Hashes => _hashes.Value;

    /// <summary>The conformity report of the lists against their catalogue and its JSON; nulls without a catalogue.</summary>
    public (ConformityReport? Report, byte[]? Json) Conformity => _conformity.Value;

    /// <summary>
    /// The data of <paramref name="lists"/>, made once per list set; <paramref name="warm"/> lets unchanged entries keep
    /// their hashes (<see cref="WarmBuild.HashesOf"/>) and the index be updated from the previous one
    /// (<see cref="WarmBuild.IndexOf"/>); the index and the hashes are timed into <paramref name="timings"/>.
    /// </summary>
    public static SiteData Of(ListSet lists, WarmBuild? warm = null, TimingLog? timings = null) =>
        Cache.GetValue(lists, l => new SiteData(
            warm is null ? new SiteIndex(l, timings) : warm.IndexOf(l, timings),
            () => warm is null ? ModelHashes.Of(l, timings) : warm.HashesOf(l, timings)));

    public UInt128 Of(Identity identity) => identity.Kind switch
    {
        IdentityKind.Site => Hashes.Site,
        IdentityKind.Entry => Index.Lists.PublicByCode.TryGetValue(identity.Key, out var entry) ? Hashes.Entry(entry) : 0,
        IdentityKind.Law => Hashes.Law(identity.Key),
        IdentityKind.Department => Hashes.Department(identity.Key),
        IdentityKind.Category => Hashes.Category(identity.Key),
        IdentityKind.Published => Index.IsPublished(identity.Key) ? 1u : 2u,
        _ => _derived.GetOrAdd(identity, Derive),
    };

    /// <summary>The lists these hashes are of (<see cref="IIdentityHashes.Basis"/>).</summary>
    public object? Basis => Index.Lists;

    /// <summary>The records that may differ from those of <paramref name="previous"/> (<see cref="RecordChanges"/>), or null when it cannot tell.</summary>
    public RecordChanges? Changes(ListSet previous) => RecordChanges.Of(previous, Index.Lists);

    public Func<Identity, bool>? ChangedSince(object basis) => basis is ListSet previous && Changes(previous) is { } changes ? changes.Touches : null;

    /// <summary>The members of the list <paramref name="list"/> names (<see cref="IdentityKind.InCategory"/>, <see cref="IdentityKind.InDepartment"/>, <see cref="IdentityKind.Citing"/>), made once.</summary>
    internal Member[] Members(Identity list) => _members.GetOrAdd(list, l =>
    {
        var entries = l.Kind switch
        {
            IdentityKind.InCategory => Index.InCategory(l.Key),
            IdentityKind.InDepartment => Index.InDepartment(l.Key),
            IdentityKind.Citing => Index.Citing(l.Key),
            _ => throw new ArgumentException($"not a list: {l}", nameof(list)),
        };
        var members = new Member[entries.Count];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = new Member(entries[i]);
        }

        return members;
    });

    /// <summary>A pure function's value, computed once per build (<see cref="SiteView.Memo{T}"/>).</summary>
    internal T Memo<T>(object key, Func<T> compute)
        where T : class => (T)_memo.GetOrAdd(key, _ => compute());

    internal IReadOnlyList<(Entry Entry, Adjustment Latest)> LatestChanges(int count) =>
        count >= Index.LatestChanges.Count ? Index.LatestChanges : Index.LatestChanges.Take(count).ToList();

    private void Derive(IdentityKind kind, KeyWriter key) => key.Add(Of(new Identity(kind, "")));

    private UInt128 Derive(Identity identity)
    {
        var lists = Index.Lists;
        var key = new KeyWriter(identity.Kind.ToString(), 1024);
        switch (identity.Kind)
        {
            case IdentityKind.Laws:
                key.Add(lists.Laws.Length);
                foreach (var law in lists.Laws)
                {
                    key.Add(Hashes.Law(law.Id));
                }

                break;
            case IdentityKind.Categories:
                key.Add(lists.Categories.Length);
                foreach (var category in lists.Categories)
                {
                    key.Add(Hashes.Category(category.Code));
                }

                break;
            case IdentityKind.Departments:
                key.Add(lists.Departments.Length);
                foreach (var department in lists.Departments)
                {
                    key.Add(Hashes.Department(department.Id));
                }

                break;
            case IdentityKind.InCategory or IdentityKind.InDepartment or IdentityKind.Citing:
                var members = Members(identity);
                key.Add(members.Length);
                foreach (var member in members)
                {
                    key.Add(member.Code).Add(member.Category).Add(member.Department);
                }

                break;
            case IdentityKind.CountInCategory:
                key.Add(Index.InCategory(identity.Key).Count);
                break;
            case IdentityKind.CountInDepartment:
                key.Add(Index.InDepartment(identity.Key).Count);
                break;
            case IdentityKind.CountCiting:
                key.Add(Index.Citing(identity.Key).Count);
                break;
            case IdentityKind.Total:
                key.Add(Index.Entries.Count);
                break;
            case IdentityKind.Coverage:
                var c = Index.Coverage;
                key.Add(c.Entries).Add(c.Process).Add(c.Fees).Add(c.SupervisionMethod).Add(c.Responsibilities).Add(c.Accountability).Add(c.Phone);
                break;
            case IdentityKind.LatestChanges:
                var changes = LatestChanges(int.Parse(identity.Key, System.Globalization.CultureInfo.InvariantCulture));
                key.Add(changes.Count);
                foreach (var (entry, _) in changes)
                {
                    key.Add(Hashes.Entry(entry));
                }

                break;
            case IdentityKind.CategoryName:
                key.Add(Index.CategoryName(identity.Key));
                break;
            case IdentityKind.DepartmentName:
                key.Add(Index.DepartmentName(identity.Key));
                break;
            case IdentityKind.Catalogue:
                key.Add(lists.Catalogue?.Title);
                break;
            case IdentityKind.Lists:
                key.Add(Hashes.Site);
                foreach (var entry in lists.Entries)
                {
                    key.Add(entry.Code).Add(entry.Public).Add(Hashes.Entry(entry));
                }

                Derive(IdentityKind.Laws, key);
                Derive(IdentityKind.Departments, key);
                Derive(IdentityKind.Categories, key);
                break;
            case IdentityKind.Codes:
                key.Add(Index.Entries.Count).Add(Index.Ended.Count);
                foreach (var entry in Index.Entries)
                {
                    key.Add(entry.Code);
                }

                foreach (var entry in Index.Ended)
                {
                    key.Add(entry.Code);
                }

                break;
            case IdentityKind.Conformity:
                key.Add(Conformity.Json is { } json ? ContentKey.Hash(json) : 0);
                break;
            default:
                // An identity this program does not know (a newer manifest): never equal, so its readers are rendered.
                return UInt128.MaxValue;
        }

        return key.Hash();
    }
}
