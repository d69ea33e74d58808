using PowerList.Output;

namespace PowerList.Tests.Site;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("", "", "./")]
    [InlineData("", "about/", "about/")]
    [InlineData("entry/A-1/", "", "../../")]
    [InlineData("entry/A-1/", "law/x/", "../../law/x/")]
    [InlineData("category/cf/page/2/", "category/cf/", "../../../../category/cf/")]
    [InlineData("404.html", "assets/site.css", "assets/site.css")]
    public void Relative_links_lead_from_a_page_to_another(string from, string to, string expected)
    {
        SiteUrls.Relative(from, to).ShouldBe(expected);
    }
}
