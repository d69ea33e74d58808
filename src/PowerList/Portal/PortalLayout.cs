using System.Text.RegularExpressions;

namespace PowerList.Portal;

/// <summary>
/// The layout of a lists tree of many jurisdictions (docs/format.md "Many jurisdictions"): <c>portal.yaml</c> at the top
/// marks it; each jurisdiction is a complete one-jurisdiction lists folder <c>jurisdictions/&lt;id&gt;/</c>;
/// <c>catalogue.yaml</c> and <c>synonyms.yaml</c> beside <c>portal.yaml</c> are shared by the jurisdictions that have none.
/// </summary>
public static partial class PortalLayout
{
    public const string PortalFile = "portal.yaml";
    public const string JurisdictionsFolder = "jurisdictions";

    /// <summary>The folder of the jurisdictions' sites inside the portal's site.</summary>
    public const string SitesFolder = "j";

    /// <summary>The folder of a jurisdiction's site inside the portal's site: <c>j/&lt;id&gt;/</c>.</summary>
    public static string SiteFolder(string id) => SitesFolder + "/" + id + "/";

    /// <summary>True when <paramref name="root"/> holds a portal (has <c>portal.yaml</c>), false for a one-jurisdiction lists folder.</summary>
    public static bool IsPortal(string root) => File.Exists(Path.Combine(root, PortalFile));

    /// <summary>Whether a jurisdiction folder name may be used (it becomes part of URLs: <c>j/&lt;id&gt;/</c>).</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
