using PowerList.Search.Contributor;
using PowerList.Site.Pages;

namespace PowerList.Site;

/// <summary>
/// The contributors of the default site, registered in one place; the CLI's <c>build</c> and <c>serve</c> use this.
/// A new feature adds its contributor here with one <c>.Use(...)</c> line.
/// </summary>
public static class SiteDefaults
{
    public static SiteBuilder Create(string templatesDir, PageOptions? options = null) =>
        Create(TemplateSet.Load(templatesDir), options);

    /// <summary>As <see cref="Create(string, PageOptions?)"/> with templates already compiled (shared by the pages and the versions pages).</summary>
    public static SiteBuilder Create(TemplateSet templates, PageOptions? options = null) => Create(templates, options, null);

    /// <summary>As <see cref="Create(TemplateSet, PageOptions?)"/>, with the releases loaded with the lists (<c>LoadResult.Releases</c>).</summary>
    public static SiteBuilder Create(TemplateSet templates, PageOptions? options, Versions.Snapshots.LoadedReleases? releases)
    {
        return new SiteBuilder()
            .UsePages(templates, options)
            .Use(new SearchIndexContributor())
            .Use(new Versions.Pages.VersionsContributor(templates, options, releases));
    }

    /// <summary>
    /// The templates folder: <paramref name="explicitDir"/> when given, else <c>site-templates</c> beside the lists
    /// folder (<c>&lt;lists&gt;/../site-templates</c>).
    /// </summary>
    public static string TemplatesFor(string listsRoot, string? explicitDir = null)
    {
        if (!string.IsNullOrEmpty(explicitDir))
        {
            return Path.GetFullPath(explicitDir);
        }

        var lists = Path.GetFullPath(listsRoot).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(lists) ?? lists;
        return Path.Combine(parent, "site-templates");
    }
}
