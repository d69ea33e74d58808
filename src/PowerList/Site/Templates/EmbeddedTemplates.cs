using System.Reflection;

namespace PowerList.Site.Templates;

/// <summary>
/// The default templates and assets, embedded in the assembly from the repository's <c>site-templates/</c> (every
/// file, as the resource <c>site-templates/&lt;relative path&gt;</c>; see PowerList.csproj). Read straight from the
/// assembly: nothing is extracted to disk. They never change while the process runs, so the key is computed once.
/// </summary>
public sealed class EmbeddedTemplates : TemplateSource
{
    private const string Prefix = FolderName + "/";
    private static readonly Assembly Assembly = typeof(EmbeddedTemplates).Assembly;
    private readonly Dictionary<string, string> _resources;
    private readonly string[] _files;
    private string? _key;

    private EmbeddedTemplates()
    {
        // Resource name → file name; a name built on Windows may carry backslashes.
        _resources = Assembly.GetManifestResourceNames()
            .Where(n => n.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n.Replace('\\', '/')[Prefix.Length..], n => n, StringComparer.Ordinal);
        _files = _resources.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    public static EmbeddedTemplates Default { get; } = new();

    public override string Description => "PowerList 内置的默认网站模板";

    public override string? Folder => null;

    public override bool Exists => _files.Length > 0;

    public override IReadOnlyList<string> Files() => _files;

    public override byte[] Read(string relative)
    {
        if (!_resources.TryGetValue(relative, out var name))
        {
            throw new FileNotFoundException($"内置网站模板中没有 {relative}");
        }

        using var stream = Assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public override string Key() => _key ??= Building.ContentKey.OfFiles(_files, Read);

    public override bool SameAs(TemplateSource other) => other is EmbeddedTemplates;
}
