using PowerList.Conformity;
using PowerList.Loading;

namespace PowerList.Portal;

/// <summary>One jurisdiction of a portal: its folder name (<see cref="Id"/>) and its lists as loaded and validated.</summary>
public sealed record PortalJurisdiction(string Id, string Folder, LoadResult Checked)
{
    public string Name => Checked.Lists.Site.Jurisdiction;

    public string Parent => Checked.Lists.Site.Parent;

    /// <summary>省级, 地州市级, 县市区级 (<see cref="JurisdictionLevel.Of"/>); empty when unknown.</summary>
    public string Level => JurisdictionLevel.Of(Checked.Lists.Site);

    /// <summary>Sorts provinces first, then cities, counties, unknown levels last.</summary>
    public static int Rank(string level) => level switch
    {
        JurisdictionLevel.Province => 0,
        JurisdictionLevel.Prefecture => 1,
        JurisdictionLevel.County => 2,
        "乡镇（街道）级" => 3,
        _ => 4,
    };
}
