using PowerList.Model;
using PowerList.Tests.Site;

namespace PowerList.Tests.Security;

/// <summary>The hostile lists written as a folder, loaded back, validated and built once for a test class.</summary>
public sealed class HostileSite : IDisposable
{
    public HostileSite()
    {
        Folder = SiteTestSupport.NewTempFolder("hostile");
        ListsRoot = Path.Combine(Folder, "lists");
        HostileLists.WriteTree(ListsRoot);
        Lists = SecuritySite.LoadValid(ListsRoot);
        Output = Path.Combine(Folder, "site");
        SecuritySite.Build(Lists, Output);
    }

    public string Folder { get; }

    public string ListsRoot { get; }

    public ListSet Lists { get; }

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
