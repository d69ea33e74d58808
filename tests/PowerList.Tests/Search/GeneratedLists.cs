using PowerList.Generation;
using PowerList.Model;
using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>2,000 generated entries (seed 7), loaded once per test class: large enough that one edit leaves most index files as they were.</summary>
public sealed class GeneratedLists
{
    public GeneratedLists()
    {
        var dir = SiteTestSupport.NewTempFolder("generated-lists");
        try
        {
            ListGenerator.Generate(2000, seed: 7, dir);
            Lists = SiteTestSupport.Load(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public ListSet Lists { get; }
}
