using HandlebarsDotNet;
using PowerList.Site.Markdown;

namespace PowerList.Site.Pages;

/// <summary>
/// The compiled templates of one build, from a <c>site-templates/</c> folder: <c>layout.hbs</c> (used by every
/// page as the block partial <c>{{#> layout}}…{{/layout}}</c>), <c>partials/*.hbs</c> (by file name),
/// <c>pages/*.hbs</c> (one per page kind) and <c>assets/</c> (copied as is). Compiled once; rendering is thread-safe.
/// Values are HTML-escaped by <c>{{ }}</c>; the only HTML that passes through is what the helpers make:
/// <c>{{markdown x}}</c> (safe Markdown).
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _pages;
    private string? _key;

    private TemplateSet(string folder, Dictionary<string, HandlebarsTemplate<object, object>> pages, IReadOnlyList<string> assets)
    {
        Folder = folder;
        _pages = pages;
        Assets = assets;
    }

    public string Folder { get; }

    /// <summary>A key of every file of the templates folder (<see cref="Incremental.ContentKey.OfFolder"/>), read once.</summary>
    public string Key => _key ??= Incremental.ContentKey.OfFolder(Folder);

    /// <summary>Asset files relative to <c>assets/</c>, forward slashes, sorted ordinally.</summary>
    public IReadOnlyList<string> Assets { get; }

    /// <summary>
    /// <paramref name="previous"/> when it was loaded from the same folder and no file there changed since (same
    /// <see cref="Key"/>), else the folder loaded again: a long-running process (<c>serve</c>) compiles the templates
    /// only when they change.
    /// </summary>
    public static TemplateSet Reload(string folder, TemplateSet? previous)
    {
        folder = Path.GetFullPath(folder);
        if (previous is not null && string.Equals(previous.Folder, folder, StringComparison.Ordinal) && Directory.Exists(folder))
        {
            // The key is read before compiling: a file changed in between gives a stale key, so the next build loads again.
            var key = Incremental.ContentKey.OfFolder(folder);
            if (string.Equals(previous.Key, key, StringComparison.Ordinal))
            {
                return previous;
            }

            var loaded = Load(folder);
            loaded._key = key;
            return loaded;
        }

        return Load(folder);
    }

    public static TemplateSet Load(string folder)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"找不到网站模板文件夹：{folder}（用 --templates 指定）");
        }

        var hbs = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        hbs.RegisterHelper("markdown", (writer, _, arguments) =>
        {
            var text = arguments.Length > 0 ? arguments[0]?.ToString() : null;
            writer.WriteSafeString(SafeMarkdown.ToHtml(text));
        });

        var layout = Path.Combine(folder, "layout.hbs");
        hbs.RegisterTemplate("layout", ReadRequired(layout));
        var partials = Path.Combine(folder, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.GetFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                hbs.RegisterTemplate(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            }
        }

        var pages = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        var pagesDir = Path.Combine(folder, "pages");
        if (Directory.Exists(pagesDir))
        {
            foreach (var file in Directory.GetFiles(pagesDir, "*.hbs").Order(StringComparer.Ordinal))
            {
                pages[Path.GetFileNameWithoutExtension(file)] = hbs.Compile(File.ReadAllText(file));
            }
        }

        var assetsDir = Path.Combine(folder, "assets");
        var assets = Directory.Exists(assetsDir)
            ? Directory.GetFiles(assetsDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(assetsDir, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
        return new TemplateSet(folder, pages, assets);
    }

    public bool Has(string kind) => _pages.ContainsKey(kind);

    /// <summary>Renders the page template <paramref name="kind"/> (<c>pages/&lt;kind&gt;.hbs</c>).</summary>
    public string Render(string kind, object model)
    {
        if (!_pages.TryGetValue(kind, out var template))
        {
            throw new FileNotFoundException($"网站模板缺少页面模板 pages/{kind}.hbs（{Folder}）");
        }

        return template(model);
    }

    public byte[] ReadAsset(string relative) =>
        File.ReadAllBytes(Path.Combine(Folder, "assets", relative.Replace('/', Path.DirectorySeparatorChar)));

    private static string ReadRequired(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"网站模板缺少 {Path.GetFileName(path)}：{path}");
}
