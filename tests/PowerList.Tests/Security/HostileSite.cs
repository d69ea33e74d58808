using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Tests.Site;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Security;

/// <summary>
/// The hostile lists written as a folder, released (version 2024, whose title and document are payloads too), then
/// changed (every entry's notes and handler take another payload, one entry removed) so that release,
/// compare and history pages carry hostile text on both sides; loaded back, validated and built once per class.
/// </summary>
public sealed class HostileSite : IDisposable
{
    public HostileSite()
    {
        Folder = SiteTestSupport.NewTempFolder("hostile");
        ListsRoot = Path.Combine(Folder, "lists");
        HostileLists.WriteTree(ListsRoot);
        var released = SecuritySite.LoadValid(ListsRoot);
        Released = released;
        var bag = new DiagnosticBag();
        var p = HostileCorpus.Payloads;
        new ReleaseStore(ListsRoot).Create(released, new ReleaseInfo { Version = "2024", Date = "2024-12-31", Title = "恶意版本" + p[0], Document = p[1] }, bag);
        bag.HasErrors.ShouldBeFalse(string.Join("\n", bag.ToSortedList().Select(d => d.Format())));
        var changed = released with
        {
            Files = [.. released.Files.Select(f => f with
            {
                Entries = [.. f.Entries.Skip(f.Department == "hos" ? 1 : 0).Select((e, i) => e with { Notes = p[(i + 7) % p.Count], Handler = p[(i + 3) % p.Count] })],
            })],
        };
        HostileLists.WriteTree(ListsRoot, changed);
        Lists = SecuritySite.LoadValid(ListsRoot);
        Output = Path.Combine(Folder, "site");
        SecuritySite.Build(Lists, Output);
    }

    public string Folder { get; }

    public string ListsRoot { get; }

    public ListSet Lists { get; }

    /// <summary>The lists as first written and loaded back (the 2024 release).</summary>
    public ListSet Released { get; }

    public string Output { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
