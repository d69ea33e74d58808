using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>
/// The level of a jurisdiction: <c>level</c> in site.yaml, else read from its six-digit division code (行政区划代码):
/// <c>xx0000</c> a province (省级), <c>xxyy00</c> a prefecture-level city (地州市级), any other a county (县市区级).
/// Empty when neither says.
/// </summary>
public static class JurisdictionLevel
{
    public const string Province = "省级";
    public const string Prefecture = "地州市级";
    public const string County = "县市区级";

    public static string Of(SiteInfo site)
    {
        if (site.Level.Length > 0)
        {
            return site.Level;
        }

        var code = site.DivisionCode;
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return "";
        }

        return code.EndsWith("0000", StringComparison.Ordinal) ? Province
            : code.EndsWith("00", StringComparison.Ordinal) ? Prefecture
            : County;
    }
}
