using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Validation;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Versions;

/// <summary>A merged entry's <c>replaces</c> may name codes that live on only in published releases.</summary>
public sealed class PublishedCodesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-published-codes-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Replaces_may_name_a_code_of_a_published_release_but_not_an_unknown_one()
    {
        var released = SampleLists.Create(_root);
        new ReleaseStore(_root).Create(released, new ReleaseInfo { Version = "2024", Date = "2024-12-31", Title = "t" }, new DiagnosticBag()).ShouldNotBeNull();
        PublishedCodes.Of(_root).ShouldContain("650200-SCJG-XK-0001");
        PublishedCodes.Of(_root).ShouldContain("650200-FGW-CF-0001-01");

        var merged = new Entry
        {
            Code = "650200-SCJG-XK-0002", Name = "合并后的许可", Department = "scjg", Category = "xk",
            Basis = [new Citation { Text = "依据" }],
            Adjustments = [new Adjustment { Type = "合并", Date = "2025-01-01", Document = "文号", Replaces = ["650200-SCJG-XK-0001", "650200-SCJG-XK-0999"] }],
        };
        var now = released with
        {
            Files = [released.Files[0], released.Files[1] with { Entries = [merged] }],
        };
        var unknown = ListValidator.Validate(now).Where(d => d.Code == "PL0309").Select(d => d.Message).ToList();
        unknown.ShouldContain(m => m.Contains("650200-SCJG-XK-0999"));
        unknown.ShouldNotContain(m => m.Contains("650200-SCJG-XK-0001"));
    }
}
