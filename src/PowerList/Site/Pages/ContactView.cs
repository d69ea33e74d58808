using System.Text;
using PowerList.Model;
using PowerList.Validation.Rules;

namespace PowerList.Site.Pages;

/// <summary>
/// Whom a reader of a page can reach: the department's contact channels, each falling back to the site's
/// (site.yaml) when the department names none. Links are only made of values that validate (http(s), mailto:, tel:).
/// </summary>
public sealed record ContactView
{
    public string Department { get; init; } = "";

    public string Phone { get; init; } = "";

    public string PhoneHref { get; init; } = "";

    public string SupervisionPhone { get; init; } = "";

    public string SupervisionPhoneHref { get; init; } = "";

    public string ComplaintPhone { get; init; } = "";

    public string ComplaintPhoneHref { get; init; } = "";

    public string Address { get; init; } = "";

    public string OfficeHours { get; init; } = "";

    public string Website { get; init; } = "";

    /// <summary>The 报告问题 link with the entry's code filled in; empty when there is no feedback channel.</summary>
    public string ReportHref { get; init; } = "";

    /// <summary>True when any channel is known.</summary>
    public bool Any => Phone.Length + SupervisionPhone.Length + ComplaintPhone.Length + Address.Length + OfficeHours.Length + Website.Length + ReportHref.Length > 0;

    /// <summary>The channels for an entry of <paramref name="department"/> (code <paramref name="code"/>, may be empty).</summary>
    public static ContactView For(SiteInfo site, Department? department, string code, string entryPhone = "")
    {
        string Pick(string mine, string fallback) => mine.Length > 0 ? mine : fallback;
        var supervision = Pick(entryPhone, Pick(department?.SupervisionPhone ?? "", site.SupervisionPhone));
        var complaint = Pick(department?.ComplaintPhone ?? "", site.ComplaintPhone);
        var phone = department?.Phone ?? "";
        var website = Pick(department?.Website ?? "", site.Website);
        var feedback = Pick(department?.Feedback ?? "", site.Feedback);
        return new ContactView
        {
            Department = department?.Name ?? "",
            Phone = phone,
            PhoneHref = EntryPageModel.TelHref(phone),
            SupervisionPhone = supervision,
            SupervisionPhoneHref = EntryPageModel.TelHref(supervision),
            ComplaintPhone = complaint == supervision ? "" : complaint,
            ComplaintPhoneHref = complaint == supervision ? "" : EntryPageModel.TelHref(complaint),
            Address = Pick(department?.Address ?? "", site.Address),
            OfficeHours = Pick(department?.OfficeHours ?? "", site.OfficeHours),
            Website = ContactRule.IsWebUrl(website) && !website.Contains("{code}", StringComparison.Ordinal) ? website : "",
            ReportHref = FeedbackHref(feedback, code),
        };
    }

    /// <summary>
    /// The feedback template with <c>{code}</c> replaced by the entry's code, percent-encoded where a URL needs it
    /// (a mailto: query such as <c>?subject=权责清单问题 {code}</c> is encoded field by field). Empty when invalid.
    /// </summary>
    public static string FeedbackHref(string template, string code)
    {
        if (!ContactRule.IsFeedback(template))
        {
            return "";
        }

        var filled = template.Replace("{code}", code, StringComparison.Ordinal);
        var q = filled.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return Encode(filled, keep: ":/@.-_~%#=&+");
        }

        var href = new StringBuilder(Encode(filled[..q], keep: ":/@.-_~%"));
        href.Append('?');
        var parts = filled[(q + 1)..].Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                href.Append('&');
            }

            var eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            href.Append(eq < 0
                ? Uri.EscapeDataString(parts[i])
                : Uri.EscapeDataString(parts[i][..eq]) + "=" + Uri.EscapeDataString(parts[i][(eq + 1)..]));
        }

        return href.ToString();
    }

    private static string Encode(string text, string keep)
    {
        var result = new StringBuilder(text.Length);
        foreach (var r in text.EnumerateRunes())
        {
            if (r.IsAscii && (char.IsAsciiLetterOrDigit((char)r.Value) || keep.Contains((char)r.Value, StringComparison.Ordinal)))
            {
                result.Append((char)r.Value);
            }
            else
            {
                result.Append(Uri.EscapeDataString(r.ToString()));
            }
        }

        return result.ToString();
    }
}
