using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>What the other contributors of a build provide, so pages link only to files that will exist.</summary>
public sealed record SiteFeatures(bool Search, bool Versions)
{
    public static SiteFeatures None { get; } = new(false, false);

    public static SiteFeatures Of(IEnumerable<ISiteContributor> peers)
    {
        var names = peers.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return new SiteFeatures(names.Contains("search"), names.Contains("versions"));
    }
}
