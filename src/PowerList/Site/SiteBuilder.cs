using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Site.Pipeline;

namespace PowerList.Site;

/// <summary>
/// Assembles a <see cref="SitePipeline"/>, one line per contributor:
/// <code>new SiteBuilder().UsePages(templatesDir).Use(new SearchIndexContributor()).Build()</code>
/// Contributors run in the order they are added.
/// </summary>
public sealed class SiteBuilder
{
    // Each slot is either a contributor or the pages' settings (created at Build, when the peers are known).
    private readonly List<object> _slots = new();
    private bool _backgroundRemoval;

    /// <summary>Adds the page renderer (HTML pages, assets, sitemap, robots.txt) using the templates in <paramref name="templatesDir"/>.</summary>
    public SiteBuilder UsePages(string templatesDir, PageOptions? options = null)
    {
        _slots.Add(new PagesSlot(templatesDir, options ?? new PageOptions()));
        return this;
    }

    /// <summary>Adds the page renderer with templates already compiled (shared with another contributor).</summary>
    public SiteBuilder UsePages(TemplateSet templates, PageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _slots.Add(new PagesSlot(templates.Folder, options ?? new PageOptions()) { Templates = templates });
        return this;
    }

    /// <summary>Adds a contributor.</summary>
    public SiteBuilder Use(ISiteContributor contributor)
    {
        ArgumentNullException.ThrowIfNull(contributor);
        _slots.Add(contributor);
        return this;
    }

    /// <summary>
    /// Delete the replaced site in the background after the swap (for <c>serve</c>: deleting thousands of files can
    /// take seconds on some disks). By default a build returns only once the previous site is gone.
    /// </summary>
    public SiteBuilder RemovePreviousSiteInBackground(bool background = true)
    {
        _backgroundRemoval = background;
        return this;
    }

    /// <summary>Compiles the templates (once) and returns the pipeline.</summary>
    public SitePipeline Build()
    {
        var peers = _slots.OfType<ISiteContributor>().ToList();
        var features = SiteFeatures.Of(peers);
        var contributors = _slots
            .Select(slot => slot is PagesSlot pages
                ? new PagesContributor(pages.Templates ?? TemplateSet.Load(pages.TemplatesDir!), pages.Options, features)
                : (ISiteContributor)slot)
            .ToList();
        return new SitePipeline(contributors) { RemovePreviousSiteInBackground = _backgroundRemoval };
    }

    private sealed record PagesSlot(string? TemplatesDir, PageOptions Options)
    {
        public TemplateSet? Templates { get; init; }
    }
}
