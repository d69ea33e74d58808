using System.Text.RegularExpressions;
using PowerList.Diagnostics;

namespace PowerList.Tests.Format;

public class DiagnosticCatalogueTests
{
    [Fact]
    public void Codes_are_unique_grouped_and_documented()
    {
        var codes = DiagnosticCodes.All.Select(c => c.Code).ToArray();
        codes.ShouldBeUnique();
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToArray());
        codes.ShouldAllBe(c => Regex.IsMatch(c, "^PL0[1-578][0-9]{2}$"));

        var fields = typeof(DiagnosticCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!);
        fields.Select(f => f.Code).Order(StringComparer.Ordinal).ShouldBe(codes);

        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var documented = Regex.Matches(doc, @"^\| (PL\d{4}) \| (error|warning) \| (.*) \| (.*) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Replace("\\|", "|"))).ToArray();
        documented.ShouldBe(DiagnosticCodes.All.Select(c => (c.Code, c.Severity == Severity.Error ? "error" : "warning", c.Template)).ToArray());
    }

    [Fact]
    public void Messages_never_carry_control_characters()
    {
        var d = DiagnosticCodes.BadCode.At(SourceLocation.None, "A\u0000B\u001b", "x");
        d.Message.ShouldBe("编码“A\\u0000B\\u001B”不合格：x");
    }

    [Fact]
    public void Suggestions_find_close_names_only()
    {
        Suggestions.Closest("nmae", ["name", "notes", "code"]).ShouldBe("name");
        Suggestions.Closest("subitems", ["sub_items", "basis"]).ShouldBe("sub_items");
        Suggestions.Closest("tax-law", ["price-law", "food-safety-law"]).ShouldBeNull();
        Suggestions.Closest("zzz", ["cf", "xk"]).ShouldBeNull();
        Suggestions.Closest("FGW", ["fgw", "scjg"]).ShouldBe("fgw");
    }
}
