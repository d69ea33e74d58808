using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>Search results carry an entry's 一张网 links (办事指南, 在线办理) from the document store, and only its own.</summary>
public sealed class ServiceLinkHitTests
{
    private static readonly Lazy<BuiltIndex> Sample = new(() => new BuiltIndex(SiteTestSupport.Load(SiteTestSupport.FixtureLists)));

    [Fact]
    public void A_hit_of_an_entry_with_service_links_carries_them()
    {
        var hit = Sample.Value.Search("650200-SCJG-XK-0001").Hits.ShouldHaveSingleItem();
        hit.GuideUrl.ShouldBe("https://zwfw.example.gov.cn/guide/650200-SCJG-XK-0001");
        hit.OnlineUrl.ShouldBe("https://zwfw.example.gov.cn/apply/650200-SCJG-XK-0001");
    }

    [Fact]
    public void Hits_of_entries_without_service_links_have_none()
    {
        var hits = Sample.Value.Search("处罚", limit: 50).Hits;
        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.Code == "650200-SCJG-XK-0001" || (h.GuideUrl == "" && h.OnlineUrl == ""));
    }
}
