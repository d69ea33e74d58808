using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PowerList.Portal;
using PowerList.Site.Templates;

namespace PowerList.Cli.Commands;

/// <summary>
/// What <c>serve</c> compares to tell which jurisdictions of a portal changed (<see cref="PortalBuildRunner.Warm"/>): the
/// path, size and modification time of every file under a folder, hashed. An editor's save changes the time; a
/// file added, deleted or renamed changes the list.
/// </summary>
internal static class PortalStamps
{
    /// <summary>The stamp of a jurisdiction's lists folder.</summary>
    public static string Of(string folder) => Hash(Files(folder, SearchOption.AllDirectories));

    /// <summary>
    /// The stamp of what every jurisdiction's build reads besides its own folder: the portal's own files
    /// (<c>portal.yaml</c>, the shared catalogue and synonyms), the list of jurisdiction folders, and the templates.
    /// </summary>
    public static string Shared(string root, TemplateSource templates)
    {
        var parts = Files(root, SearchOption.TopDirectoryOnly).ToList();
        var jurisdictions = Path.Combine(root, PortalLayout.JurisdictionsFolder);
        if (Directory.Exists(jurisdictions))
        {
            parts.AddRange(Directory.EnumerateFileSystemEntries(jurisdictions).Order(StringComparer.Ordinal));
        }

        if (templates.Folder is { } folder && Directory.Exists(folder))
        {
            parts.AddRange(Files(folder, SearchOption.AllDirectories));
        }

        return Hash(parts);
    }

    private static IEnumerable<string> Files(string folder, SearchOption option) =>
        new DirectoryInfo(folder).EnumerateFiles("*", option)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}"))
            .Order(StringComparer.Ordinal);

    private static string Hash(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
}
