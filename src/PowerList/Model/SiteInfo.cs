using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary><c>lists/site.yaml</c>: the jurisdiction and the site.</summary>
public sealed record SiteInfo : Sourced
{
    /// <summary>辖区名称, e.g. 克拉玛依市.</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>行政区划代码, six digits, e.g. 650200.</summary>
    public string DivisionCode { get; init; } = "";

    /// <summary>辖区层级 (省级, 地州市级, 县市区级); empty: read from <see cref="DivisionCode"/>.</summary>
    public string Level { get; init; } = "";

    /// <summary>In a portal of many jurisdictions (docs/format.md "Many jurisdictions"): the folder name of the jurisdiction above this one; empty at the top.</summary>
    public string Parent { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>Inside a portal (docs/format.md "Many jurisdictions"): the portal's title (portal.yaml), so that every page links back to the portal; empty in a one-jurisdiction site. Set by the portal's loader, never read from site.yaml.</summary>
    public string PortalTitle { get; init; } = "";

    /// <summary>Absolute base URL of the published site, ending in '/'.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>投诉监督电话.</summary>
    public string SupervisionPhone { get; init; } = "";

    /// <summary>投诉电话 (e.g. the 12345 hotline), when it differs from the supervision phone.</summary>
    public string ComplaintPhone { get; init; } = "";

    /// <summary>受理投诉的地址.</summary>
    public string Address { get; init; } = "";

    /// <summary>办公时间.</summary>
    public string OfficeHours { get; init; } = "";

    /// <summary>网站, an absolute http(s) URL.</summary>
    public string Website { get; init; } = "";

    /// <summary>报告问题: an http(s) URL or a mailto: template; <c>{code}</c> stands for the entry's code.</summary>
    public string Feedback { get; init; } = "";

    /// <summary>Default 救济渠道 for entries that name none (行政复议, 行政诉讼).</summary>
    public ImmutableArray<string> DefaultRemedies { get; init; } = [];

    /// <summary>Optional introduction shown on the home page (Markdown).</summary>
    public string Description { get; init; } = "";
}
