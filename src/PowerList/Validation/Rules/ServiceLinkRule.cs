using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>An entry's 一张网 links (<c>guide_url</c>, <c>online_url</c>) are absolute http(s) URLs (PL0316).</summary>
public sealed class ServiceLinkRule : IFileRule
{
    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var entry in file.Entries)
        {
            ContactRule.CheckWebUrl(entry, "guide_url", "办事指南", entry.GuideUrl, diagnostics);
            ContactRule.CheckWebUrl(entry, "online_url", "在线办理", entry.OnlineUrl, diagnostics);
        }
    }
}
