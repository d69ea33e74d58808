using System.Text;
using System.Text.Json;
using PowerList.Output;

namespace PowerList.Tests.Security;

/// <summary>JSON downloads (diffs, exports) never carry "&lt;/script" or "&lt;!--" or raw U+2028/2029, and still mean the same.</summary>
public sealed class ScriptSafeJsonTests
{
    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- x -->")]
    [InlineData("行\u2028分隔\u2029段")]
    [InlineData("a < b + \"c\" 汉字")]
    [InlineData("")]
    public void Escaped_json_parses_to_the_same_string_and_holds_no_markup(string text)
    {
        var json = Encoding.UTF8.GetBytes("{\"v\":\"" + text.Replace("\"", "\\\"") + "\"}");
        var safe = ScriptSafeJson.Escape(json);
        var s = Encoding.UTF8.GetString(safe);
        s.ShouldNotContain("<");
        s.ShouldNotContain("\u2028");
        s.ShouldNotContain("\u2029");
        JsonDocument.Parse(safe).RootElement.GetProperty("v").GetString().ShouldBe(text);
    }
}
