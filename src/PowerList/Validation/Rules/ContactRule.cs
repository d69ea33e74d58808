using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// Contact channels of site.yaml and departments.yaml: phones are phone numbers (PL0315), web sites are absolute
/// http(s) URLs and feedback is an http(s) URL or a mailto: address (PL0316); the site names at least one complaint
/// channel (PL0520) and its base_url (PL0521).
/// </summary>
public sealed class ContactRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var site = context.Lists.Site;
        CheckChannels(site, site.SupervisionPhone, site.ComplaintPhone, "", site.Website, site.Feedback, diagnostics);
        foreach (var d in context.Lists.Departments)
        {
            CheckChannels(d, d.SupervisionPhone, d.ComplaintPhone, d.Phone, d.Website, d.Feedback, diagnostics);
        }

        if (site.Source.Self.IsNone)
        {
            return; // no site.yaml: PL0111 says so
        }

        if (site.SupervisionPhone.Length == 0 && site.ComplaintPhone.Length == 0 && site.Feedback.Length == 0)
        {
            diagnostics.Add(DiagnosticCodes.NoComplaintChannel.At(site.Source.Self));
        }

        if (site.BaseUrl.Length == 0)
        {
            diagnostics.Add(DiagnosticCodes.NoBaseUrl.At(site.Source.Self));
        }
    }

    /// <summary>True for a phone number as people write it: digits, spaces, - + ( ) （ ） and 转 (extension), at least 3 digits.</summary>
    public static bool IsPhone(string value) =>
        value.Count(char.IsAsciiDigit) >= 3
        && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '（' or '）' or '转');

    /// <summary>True for an absolute http(s) URL; <c>{code}</c> may stand anywhere for an entry's code.</summary>
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value.Replace("{code}", "X", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>True for a feedback channel: an http(s) URL or <c>mailto:</c> with an address.</summary>
    public static bool IsFeedback(string value)
    {
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var address = value[7..].Split('?', 2)[0];
            var at = address.IndexOf('@', StringComparison.Ordinal);
            return at > 0 && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);
        }

        return IsWebUrl(value);
    }

    /// <summary>Reports a bad web URL in <paramref name="key"/> (shown as <paramref name="title"/>).</summary>
    public static void CheckWebUrl(Sourced owner, string key, string title, string value, DiagnosticBag diagnostics)
    {
        if (value.Length > 0 && !IsWebUrl(value))
        {
            diagnostics.Add(DiagnosticCodes.BadUrl.At(owner.Source.Of(key), title, value, " http:// 或 https:// 开头的绝对地址"));
        }
    }

    private static void CheckChannels(Sourced owner, string supervision, string complaint, string phone, string website, string feedback, DiagnosticBag diagnostics)
    {
        foreach (var (key, value) in new[] { ("supervision_phone", supervision), ("complaint_phone", complaint), ("phone", phone) })
        {
            if (value.Length > 0 && !IsPhone(value))
            {
                diagnostics.Add(DiagnosticCodes.BadPhone.At(owner.Source.Of(key), value));
            }
        }

        CheckWebUrl(owner, "website", "网站", website, diagnostics);
        if (feedback.Length > 0 && !IsFeedback(feedback))
        {
            diagnostics.Add(DiagnosticCodes.BadUrl.At(owner.Source.Of("feedback"), "报告问题的地址", feedback, " http(s) 绝对地址或 mailto: 邮件地址（{code} 处填入事项编码）"));
        }
    }
}
