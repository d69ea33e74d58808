using PowerList.Conformity;

namespace PowerList.Portal;

/// <summary>The portal's level switch: 省级, 市级, 县级 (and 其他 for levels outside these), each with its page <c>level/&lt;slug&gt;/</c>.</summary>
public static class PortalLevels
{
    public static (string Label, string Slug) Of(string level) => level switch
    {
        JurisdictionLevel.Province => ("省级", "province"),
        JurisdictionLevel.Prefecture => ("市级", "city"),
        JurisdictionLevel.County => ("县级", "county"),
        _ => ("其他", "other"),
    };

    public static string Url(string slug) => $"level/{slug}/";
}
