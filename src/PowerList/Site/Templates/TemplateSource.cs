using System.Text;

namespace PowerList.Site.Templates;

/// <summary>
/// Where the site's templates and assets are read from: a <c>site-templates/</c> folder (<see cref="FolderTemplates"/>)
/// or the default set embedded in the assembly (<see cref="EmbeddedTemplates"/>). Both hold the same layout:
/// <c>layout.hbs</c>, <c>partials/*.hbs</c>, <c>pages/*.hbs</c>, <c>assets/**</c>; files are named by their path
/// relative to the set, with forward slashes. The same files give the same pages and the same <see cref="Key"/>,
/// wherever they are read from.
/// </summary>
public abstract class TemplateSource
{
    /// <summary>The folder name the templates have beside a lists folder and in the repository.</summary>
    public const string FolderName = "site-templates";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>For messages: the folder's full path, or that the embedded defaults are used.</summary>
    public abstract string Description { get; }

    /// <summary>The folder's full path; null for the embedded set (nothing to watch for edits).</summary>
    public abstract string? Folder { get; }

    /// <summary>Whether there is anything to read (a folder that does not exist has no files).</summary>
    public abstract bool Exists { get; }

    /// <summary>Every file of the set, relative, forward slashes, in ordinal order.</summary>
    public abstract IReadOnlyList<string> Files();

    /// <summary>The bytes of <paramref name="relative"/> (a name from <see cref="Files"/>).</summary>
    public abstract byte[] Read(string relative);

    /// <summary>A key of every file's name and bytes (<see cref="Building.ContentKey.OfFiles"/>), read now.</summary>
    public abstract string Key();

    /// <summary>Whether <paramref name="other"/> reads the same place (the same folder, or both the embedded set).</summary>
    public abstract bool SameAs(TemplateSource other);

    /// <summary>The text of <paramref name="relative"/>: UTF-8, a byte-order mark honoured (as <c>File.ReadAllText</c>).</summary>
    public string ReadText(string relative)
    {
        using var reader = new StreamReader(new MemoryStream(Read(relative)), Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static TemplateSource FromFolder(string folder) => new FolderTemplates(folder);

    /// <summary>The default templates and assets built into PowerList (the repository's <c>site-templates/</c>).</summary>
    public static TemplateSource Embedded => EmbeddedTemplates.Default;

    /// <summary>
    /// The templates a build of <paramref name="listsRoot"/> uses: <paramref name="explicitDir"/> when given (even
    /// when it does not exist: the build then says so), else a <c>site-templates/</c> folder beside the lists folder,
    /// else the embedded defaults.
    /// </summary>
    public static TemplateSource Resolve(string listsRoot, string? explicitDir = null)
    {
        if (!string.IsNullOrEmpty(explicitDir))
        {
            return FromFolder(explicitDir);
        }

        var lists = Path.GetFullPath(listsRoot).TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(Path.GetDirectoryName(lists) ?? lists, FolderName);
        return Directory.Exists(beside) ? FromFolder(beside) : Embedded;
    }
}
