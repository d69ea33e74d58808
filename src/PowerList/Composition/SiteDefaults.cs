using PowerList.Site;
using PowerList.Search.Contributor;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Composition;

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
    /// <param name="preview">True for <c>serve</c>'s preview: pages for staff only (未发布的变化), never in <c>build</c>'s output.</param>
    public static SiteBuilder Create(TemplateSet templates, PageOptions? options, Versions.Snapshots.LoadedReleases? releases, bool preview = false)
    {
        return new SiteBuilder()
            .UsePages(templates, options)
            .Use(new SearchIndexContributor())
            .Use(new Versions.Pages.VersionsContributor(templates, options, releases, preview));
    }

    /// <summary>
    /// The templates of a build of <paramref name="listsRoot"/>: <paramref name="explicitDir"/> when given, else
    /// <c>site-templates</c> beside the lists folder (<c>&lt;lists&gt;/../site-templates</c>), else the embedded defaults
    /// (<see cref="TemplateSource.Resolve"/>).
    /// </summary>
    public static TemplateSource TemplatesFor(string listsRoot, string? explicitDir = null) => TemplateSource.Resolve(listsRoot, explicitDir);
}
