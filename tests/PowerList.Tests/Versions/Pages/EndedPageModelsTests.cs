using PowerList.Building.Dependencies;
using PowerList.Site.Pages;
using PowerList.Tests.Site;
using PowerList.Versions.Pages;
using PowerList.Versions.Publishing;

namespace PowerList.Tests.Versions.Pages;

/// <summary>
/// docs/architecture.md's worked example of a page kind, a department's 已调整事项 (<c>department/&lt;id&gt;/ended/</c>):
/// its model (<see cref="EndedPageModels.List"/>) reads what the example says through the view — the ended powers
/// (<c>v.Ended</c>), the department and department names (<c>v.Site</c>) and the successors' links (<c>v.Links</c>) —
/// and nothing it does not show: not the lists in full, not the releases, no entry or history.
/// </summary>
public sealed class EndedPageModelsTests
{
    [Fact]
    public void A_departments_ended_page_reads_the_ended_powers_its_department_and_the_successors_links_only()
    {
        var current = VersionTestFiles.Side(Path.Combine(VersionTestFiles.Folder("ThreeReleases"), "current.json"));
        var releases = new[] { "2023", "2024", "2025" }.Select(v => VersionTestFiles.Side(Path.Combine(VersionTestFiles.Folder("ThreeReleases"), v + ".json")));
        var data = new VersionsData(new ReleaseTimeline(releases, current), SiteData.Of(current.Lists));
        var power = data.Ended.FirstOrDefault(p => p.Successors.Length > 0) ?? data.Ended[0];
        var id = power.Department;

        var read = new ReadSet();
        var view = new VersionsView(data, new PageFrames(current.Lists.Site, new SiteFeatures(false, true)), read);
        EndedPageModels.List(view, view.Site.Department(id));

        var ids = read.Read.Select(i => i.ToString()).ToHashSet();
        ids.ShouldContain("Ended");
        ids.ShouldContain($"Department:{id}");
        ids.ShouldContain($"DepartmentName:{id}", "each row shows its department's name");
        foreach (var successor in data.Ended.Where(p => p.Department == id).SelectMany(p => p.Successors))
        {
            ids.ShouldContain($"EntryLink:{successor}", "a successor's link says where its code can be read now");
        }

        ids.ShouldNotContain("Lists", "the page does not read the current lists in full");
        ids.ShouldNotContain("Releases", "nor the list of releases");
        ids.ShouldNotContain(i => i.StartsWith("Entry:", StringComparison.Ordinal) || i.StartsWith("History:", StringComparison.Ordinal) || i.StartsWith("Release:", StringComparison.Ordinal));
        ids.ShouldNotContain(i => i.StartsWith("Department:", StringComparison.Ordinal) && i != $"Department:{id}", "nor another department");
    }
}
