using PowerList.Diagnostics;

namespace PowerList.Validation.Rules;

/// <summary>site.yaml: the division code is six digits (PL0312); the base URL is absolute http(s) ending in '/' (PL0313).</summary>
public sealed class SiteRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var site = context.Lists.Site;
        if (site.DivisionCode.Length > 0 && !(site.DivisionCode.Length == 6 && site.DivisionCode.All(char.IsAsciiDigit)))
        {
            diagnostics.Add(DiagnosticCodes.BadDivisionCode.At(site.Source.Of("division_code"), site.DivisionCode));
        }

        if (site.BaseUrl.Length > 0 && !IsBaseUrl(site.BaseUrl))
        {
            diagnostics.Add(DiagnosticCodes.BadBaseUrl.At(site.Source.Of("base_url"), site.BaseUrl));
        }
    }

    private static bool IsBaseUrl(string value) =>
        value.EndsWith('/')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
