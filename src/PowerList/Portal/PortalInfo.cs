using PowerList.Model;

namespace PowerList.Portal;

/// <summary><c>portal.yaml</c>: the title and description of the portal's home page, and its base URL.</summary>
public sealed record PortalInfo : Sourced
{
    /// <summary>如：湖北省权责清单.</summary>
    public string Title { get; init; } = "";

    /// <summary>Introduction on the portal's home page (plain text).</summary>
    public string Description { get; init; } = "";

    /// <summary>Absolute base URL ending in '/'; each jurisdiction's site is then published at <c>base_url + j/&lt;id&gt;/</c>.</summary>
    public string BaseUrl { get; init; } = "";
}
