namespace PowerList.Site.Templates;

/// <summary>Templates read from a folder on disk, read afresh on every call (so <c>serve</c> sees edits).</summary>
public sealed class FolderTemplates : TemplateSource
{
    public FolderTemplates(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    public override string Folder { get; }

    public override string Description => Folder;

    public override bool Exists => Directory.Exists(Folder);

    public override IReadOnlyList<string> Files() =>
        Exists
            ? Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    public override byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar)));

    public override string Key() => Building.ContentKey.OfFolder(Folder);

    public override bool SameAs(TemplateSource other) => other is FolderTemplates folder && string.Equals(folder.Folder, Folder, StringComparison.Ordinal);
}
