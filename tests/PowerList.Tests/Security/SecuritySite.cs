using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Search.Contributor;
using PowerList.Site;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;
using PowerList.Validation;

namespace PowerList.Tests.Security;

/// <summary>
/// Builds sites the way <c>powerlist build</c> does (the default contributors), plus the search index when the
/// defaults do not include it yet, so every output kind is attacked.
/// </summary>
public static class SecuritySite
{
    public static SitePipeline Pipeline()
    {
        var defaults = SiteDefaults.Create(SiteTestSupport.Templates).Build();
        return defaults.Contributors.Any(c => c.Name == "search")
            ? defaults
            : SiteDefaults.Create(SiteTestSupport.Templates).Use(new SearchIndexContributor()).Build();
    }

    public static SiteBuildResult Build(ListSet lists, string output) => Pipeline().Build(lists, Array.Empty<Diagnostic>(), output);

    /// <summary>Loads and validates a lists folder; throws with the diagnostics when any is an error.</summary>
    public static ListSet LoadValid(string root)
    {
        var load = ListLoader.Load(root);
        var diagnostics = load.Diagnostics.Concat(ListValidator.Validate(load.Lists)).ToList();
        var errors = diagnostics.Where(d => d.IsError).Select(d => d.Format(root)).ToList();
        errors.ShouldBeEmpty("生成的清单应当没有错误：\n" + string.Join("\n", errors));
        return load.Lists;
    }

    /// <summary>Every file under <paramref name="folder"/>, relative with forward slashes, sorted ordinally.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
