using PowerList.Portal;

namespace PowerList.Tests.Portal;

/// <summary>
/// <see cref="PortalLoader"/> on tests/fixtures/portal: the jurisdictions in portal order, the shared catalogue and the
/// portal's base_url given to each; a part build's load reads one jurisdiction; the part record survives a round trip.
/// </summary>
public sealed class PortalLoaderTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal");

    [Fact]
    public void Loads_every_jurisdiction_in_portal_order_with_the_shared_catalogue()
    {
        var tree = PortalLoader.Load(Fixture);
        tree.HasErrors.ShouldBeFalse(string.Join("\n", tree.Diagnostics));
        tree.Info.Title.ShouldBe("演示省权责清单");
        tree.Jurisdictions.Select(j => (j.Id, j.Level, j.Parent)).ShouldBe([
            ("990000", "省级", ""), ("990100", "地州市级", "990000"), ("990102", "县市区级", "990100")]);
        foreach (var j in tree.Jurisdictions)
        {
            j.Checked.Lists.Catalogue.ShouldNotBeNull().Title.ShouldBe("演示省权责清单通用目录");
            j.Checked.Lists.Site.BaseUrl.ShouldBe($"https://qzqd.example.gov.cn/j/{j.Id}/");
        }
    }

    [Fact]
    public void A_part_load_reads_one_jurisdiction_and_still_checks_its_parent()
    {
        var tree = PortalLoader.Load(Fixture, "990102");
        tree.Jurisdictions.Select(j => j.Id).ShouldBe(["990102"]);
        tree.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void The_part_record_reads_back_as_written_and_merge_order_ignores_the_order_given()
    {
        var tree = PortalLoader.Load(Fixture);
        var parts = tree.Jurisdictions.Select(j => PortalPartBuilder.Describe(j, tree.Info)).ToList();
        using var temp = new TempFolder();
        foreach (var part in parts)
        {
            var folder = Path.Combine(temp.Path, part.Id);
            Directory.CreateDirectory(Path.Combine(folder, PartRecord.SiteFolder));
            File.WriteAllBytes(Path.Combine(folder, PartRecord.FileName), PartRecord.Write(part));
            PartRecord.Read(folder).ShouldBe(part);
        }

        parts[2].Conformity.ShouldBe(new PartConformity("演示省权责清单通用目录", 2, 1, 1, 0));
        var reversed = PortalMerge.ReadParts(parts.Select(p => Path.Combine(temp.Path, p.Id)).Reverse());
        reversed.Select(p => p.Part.Id).ShouldBe(["990000", "990100", "990102"]);
    }
}
