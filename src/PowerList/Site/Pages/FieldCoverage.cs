using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// How many public entries fill each statutory field the home and about pages speak of, so that those pages promise
/// only what the data holds (a field no entry has is named as 未公布, not promised).
/// </summary>
public sealed record FieldCoverage(int Entries, int Process, int Fees, int SupervisionMethod, int Responsibilities, int Accountability, bool Phone)
{
    public static FieldCoverage Of(SiteInfo site, IEnumerable<Department> departments, IReadOnlyList<Entry> entries)
    {
        int process = 0, fees = 0, method = 0, responsibilities = 0, accountability = 0;
        var phone = site.SupervisionPhone.Length > 0 || site.ComplaintPhone.Length > 0 || departments.Any(d => d.SupervisionPhone.Length > 0);
        foreach (var e in entries)
        {
            process += e.Process is null ? 0 : 1;
            fees += e.Fees is null ? 0 : 1;
            method += e.Supervision is { Method.Length: > 0 } ? 1 : 0;
            phone |= e.Supervision is { Phone.Length: > 0 };
            responsibilities += e.Responsibilities.IsDefaultOrEmpty ? 0 : 1;
            accountability += e.Accountability.Length > 0 ? 1 : 0;
        }

        return new FieldCoverage(entries.Count, process, fees, method, responsibilities, accountability, phone);
    }

    /// <summary>The fields at least one entry has, in reading order (法定依据 is always listed).</summary>
    public IReadOnlyList<string> Published =>
        [
            "法定依据",
            .. Process > 0 ? ["办理流程和时限"] : Array.Empty<string>(),
            .. Fees > 0 ? ["收费"] : Array.Empty<string>(),
            .. Responsibilities > 0 ? ["各环节的责任"] : Array.Empty<string>(),
            .. Accountability > 0 ? ["追责情形"] : Array.Empty<string>(),
            .. SupervisionMethod > 0 ? ["监督方式"] : Array.Empty<string>(),
        ];

    /// <summary>The statutory fields no entry has (shown as 未公布 on every entry page).</summary>
    public IReadOnlyList<string> Unpublished =>
        [
            .. Process == 0 ? ["运行流程和时限"] : Array.Empty<string>(),
            .. Fees == 0 ? ["收费"] : Array.Empty<string>(),
            .. SupervisionMethod == 0 ? ["监督方式"] : Array.Empty<string>(),
        ];
}
