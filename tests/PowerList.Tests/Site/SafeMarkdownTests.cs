using PowerList.Site.Markdown;

namespace PowerList.Tests.Site;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))", "<p>x</p>")]
    [InlineData("[x](JavaScript:alert(1))", "<p>x</p>")]
    [InlineData("[x](&#106;avascript:alert(1))", "<p>x</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>")]
    [InlineData("[x](vbscript:msgbox)", "<p>x</p>")]
    [InlineData("![alt](javascript:alert(1))", "<p>alt</p>")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("a <b onclick=x>b</b>", "<p>a &lt;b onclick=x&gt;b&lt;/b&gt;</p>")]
    [InlineData("[官网](https://example.gov.cn/)", "<p><a href=\"https://example.gov.cn/\">官网</a></p>")]
    [InlineData("**粗**和*斜*", "<p><strong>粗</strong>和<em>斜</em></p>")]
    [InlineData("", "")]
    public void Renders_markdown_without_raw_html_or_unsafe_links(string markdown, string html)
    {
        SafeMarkdown.ToHtml(markdown).ShouldBe(html);
    }
}
