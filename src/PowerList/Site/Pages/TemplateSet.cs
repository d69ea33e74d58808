using HandlebarsDotNet;
using PowerList.Site.Markdown;
using PowerList.Site.Templates;

namespace PowerList.Site.Pages;

/// <summary>
/// The compiled templates of one build, from a <see cref="TemplateSource"/> (a <c>site-templates/</c> folder or the
/// embedded defaults): <c>layout.hbs</c> (used by every page as the block partial <c>{{#> layout}}…{{/layout}}</c>),
/// <c>partials/*.hbs</c> (by file name), <c>pages/*.hbs</c> (one per page kind) and <c>assets/</c> (copied as is).
/// Compiled once; rendering is thread-safe.
/// Values are HTML-escaped by <c>{{ }}</c>; the only HTML that passes through is what the helpers make:
/// <c>{{markdown x}}</c> (safe Markdown).
/// </summary>
public sealed class TemplateSet
{
    private const string AssetsPrefix = "assets/";
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _pages;
    private readonly IFormatProvider? _format;
    private string? _key;

    private TemplateSet(TemplateSource source, Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> pages, IFormatProvider? format, IReadOnlyList<string> assets)
    {
        Source = source;
        _pages = pages;
        _format = format;
        Assets = assets;
    }

    public TemplateSource Source { get; }

    /// <summary>The templates folder's full path; null for the embedded defaults.</summary>
    public string? Folder => Source.Folder;

    /// <summary>A key of every file of the templates (<see cref="TemplateSource.Key"/>), read once.</summary>
    public string Key => _key ??= Source.Key();

    /// <summary>Asset files relative to <c>assets/</c>, forward slashes, sorted ordinally.</summary>
    public IReadOnlyList<string> Assets { get; }

    /// <inheritdoc cref="Reload(TemplateSource, TemplateSet?)"/>
    public static TemplateSet Reload(string folder, TemplateSet? previous) => Reload(TemplateSource.FromFolder(folder), previous);

    /// <summary>
    /// <paramref name="previous"/> when it was loaded from the same place and no file there changed since (same
    /// <see cref="Key"/>), else the templates loaded again: a long-running process (<c>serve</c>) compiles the
    /// templates only when they change.
    /// </summary>
    public static TemplateSet Reload(TemplateSource source, TemplateSet? previous)
    {
        if (previous is not null && previous.Source.SameAs(source) && source.Exists)
        {
            // The key is read before compiling: a file changed in between gives a stale key, so the next build loads again.
            var key = source.Key();
            if (string.Equals(previous.Key, key, StringComparison.Ordinal))
            {
                return previous;
            }

            var loaded = Load(source);
            loaded._key = key;
            return loaded;
        }

        return Load(source);
    }

    public static TemplateSet Load(string folder) => Load(TemplateSource.FromFolder(folder));

    public static TemplateSet Load(TemplateSource source)
    {
        if (!source.Exists)
        {
            throw new DirectoryNotFoundException($"找不到网站模板文件夹：{source.Description}（用 --templates 指定）");
        }

        var hbs = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        hbs.RegisterHelper("markdown", (writer, _, arguments) =>
        {
            var text = arguments.Length > 0 ? arguments[0]?.ToString() : null;
            writer.WriteSafeString(SafeMarkdown.ToHtml(text));
        });

        var files = source.Files();
        if (!files.Contains("layout.hbs", StringComparer.Ordinal))
        {
            throw new FileNotFoundException($"网站模板缺少 layout.hbs：{source.Description}");
        }

        var partials = InFolder(files, "partials/").Prepend("layout.hbs").ToDictionary(f => f, source.ReadText, StringComparer.Ordinal);
        var texts = InFolder(files, "pages/").ToDictionary(f => f, source.ReadText, StringComparer.Ordinal);
        // Each partial through PartialContexts, which hands the contexts made for its calls back to Handlebars' pool.
        var owning = PartialContexts.OnlyCalledWithContext(partials.Values.Concat(texts.Values));
        foreach (var (file, text) in partials)
        {
            using var reader = new StringReader(text);
            hbs.RegisterTemplate(Name(file), PartialContexts.Wrap(hbs.Compile(reader), owning.Contains(Name(file))));
        }

        var pages = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var (file, text) in texts)
        {
            using var reader = new StringReader(text);
            pages[Name(file)] = hbs.Compile(reader);
        }

        var assets = files
            .Where(f => f.StartsWith(AssetsPrefix, StringComparison.Ordinal))
            .Select(f => f[AssetsPrefix.Length..])
            .ToArray();
        return new TemplateSet(source, pages, hbs.Configuration.FormatProvider, assets);
    }

    public bool Has(string kind) => _pages.ContainsKey(kind);

    /// <summary>Renders the page template <paramref name="kind"/> (<c>pages/&lt;kind&gt;.hbs</c>).</summary>
    public string Render(string kind, object model)
    {
        using var writer = new StringWriter(_format);
        try
        {
            Template(kind)(writer, model);
        }
        finally
        {
            PartialContexts.Release();
        }

        return writer.ToString();
    }

    /// <summary>
    /// The page <see cref="Render"/> makes, as UTF-8 bytes (no byte order mark), written straight into bytes without
    /// a string in between (<see cref="Utf8PageWriter"/>).
    /// </summary>
    public byte[] RenderUtf8(string kind, object model)
    {
        var template = Template(kind);
        var writer = Utf8PageWriter.ForThread(_format);
        try
        {
            template(writer, model);
        }
        finally
        {
            PartialContexts.Release();
        }

        return writer.Take();
    }

    private HandlebarsTemplate<TextWriter, object, object> Template(string kind) =>
        _pages.TryGetValue(kind, out var template)
            ? template
            : throw new FileNotFoundException($"网站模板缺少页面模板 pages/{kind}.hbs（{Source.Description}）");

    public byte[] ReadAsset(string relative) => Source.Read(AssetsPrefix + relative);

    /// <summary>The <c>*.hbs</c> files directly in <paramref name="folder"/> (not in its sub-folders), in ordinal order.</summary>
    private static IEnumerable<string> InFolder(IReadOnlyList<string> files, string folder) =>
        files.Where(f => f.StartsWith(folder, StringComparison.Ordinal) && f.IndexOf('/', folder.Length) < 0 && f.EndsWith(".hbs", StringComparison.Ordinal));

    private static string Name(string file) => Path.GetFileNameWithoutExtension(file[(file.LastIndexOf('/') + 1)..]);
}
