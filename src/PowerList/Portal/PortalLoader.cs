using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Portal;

/// <summary>
/// Load and validate a portal (docs/format.md "Many jurisdictions"): <c>portal.yaml</c>, the shared catalogue and
/// synonyms, and each <c>jurisdictions/&lt;id&gt;/</c> as the one-jurisdiction lists folder it is
/// (<see cref="ListCheck"/>, taking the shared files when it has none of its own); then how the jurisdictions fit
/// together (<see cref="PortalRules"/>).
/// </summary>
public static class PortalLoader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        PortalLayout.PortalFile, PortalLayout.JurisdictionsFolder, ListLayout.CatalogueFile, ListLayout.SynonymsFile,
    };

    /// <summary>Loads the portal in <paramref name="root"/>; with <paramref name="only"/>, that jurisdiction alone (the others' site.yaml is read for the checks between them).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PortalTree Load(string root, string? only = null)
    {
        var source = Open(root);
        var loaded = source.Folders
            .Where(f => only is null || f.Id == only)
            .Select(f => source.Load(f.Id))
            .OrderBy(j => PortalJurisdiction.Rank(j.Level))
            .ThenBy(j => j.Checked.Lists.Site.DivisionCode, StringComparer.Ordinal)
            .ThenBy(j => j.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new PortalTree(root, source.Info, loaded, source.Finish());
    }

    /// <summary>
    /// Reads the portal's own files and finds its jurisdictions without loading them (<see cref="PortalSource"/>): a
    /// build loads, builds and lets go of one jurisdiction at a time, so its memory follows the biggest jurisdiction,
    /// not the portal.
    /// </summary>
    /// <param name="unchanged">The portal's own files as read before, when they have not changed since (<c>serve</c>); null: read them.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PortalSource Open(string root, PortalShared? unchanged = null)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"找不到清单文件夹 {root}");
        }

        var shared = unchanged ?? ReadShared(root);
        var (info, catalogue, synonyms) = (shared.Info, shared.Catalogue, shared.Synonyms);
        var bag = new DiagnosticBag();
        bag.AddRange(shared.Diagnostics);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (!Known.Contains(name) && !name.StartsWith('_') && !name.StartsWith('.'))
            {
                bag.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(entry), $"门户文件夹中不认识的{(Directory.Exists(entry) ? "文件夹" : "文件")} {name}：辖区的清单应放在 {PortalLayout.JurisdictionsFolder}/<辖区>/ 中"));
            }
        }

        var folders = Folders(root, bag);
        if (folders.Count == 0)
        {
            bag.Add(DiagnosticCodes.NoJurisdictions.At(SourceLocation.OfFile(Path.Combine(root, PortalLayout.PortalFile))));
        }

        // Shared files fill in what a jurisdiction lacks; a portal's base_url places every jurisdiction under it.
        // Every page of a jurisdiction's site links back to the portal (its title in the header).
        Func<ListSet, ListSet> Completer(string id) => lists => lists with
        {
            Site = (info.BaseUrl.Length > 0 ? lists.Site with { BaseUrl = info.BaseUrl + PortalLayout.SiteFolder(id) } : lists.Site) with { PortalTitle = info.Title },
            Catalogue = lists.Catalogue ?? catalogue,
            Synonyms = lists.Synonyms.IsDefaultOrEmpty && !synonyms.IsDefaultOrEmpty ? synonyms : lists.Synonyms,
        };

        var sites = folders.ToDictionary(f => f.Id, f => SiteOnly(f.Folder), StringComparer.Ordinal);
        return new PortalSource(root, shared, folders, sites, Completer, bag);
    }

    private static PortalShared ReadShared(string root)
    {
        var bag = new DiagnosticBag();
        var info = ReadInfo(root, bag);
        var catalogue = ReadShared(root, ListLayout.CatalogueFile, ListFormat.CatalogueFile, v => ModelBinder.Catalogue(v), bag);
        var synonyms = ReadShared(root, ListLayout.SynonymsFile, ListFormat.SynonymsFile, v => v.Objects("synonyms", ModelBinder.Synonym), bag);
        return new PortalShared(info, catalogue, synonyms.IsDefault ? [] : synonyms, bag.ToSortedList());
    }

    /// <summary>The jurisdiction folders (id, path), by id; names that cannot be ids are reported and left out.</summary>
    private static List<(string Id, string Folder)> Folders(string root, DiagnosticBag bag)
    {
        var result = new List<(string, string)>();
        var parent = Path.Combine(root, PortalLayout.JurisdictionsFolder);
        if (!Directory.Exists(parent))
        {
            return result;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(parent).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('_') || name.StartsWith('.'))
            {
                continue;
            }

            if (!Directory.Exists(entry))
            {
                bag.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(entry), $"{PortalLayout.JurisdictionsFolder}/ 中只应有辖区文件夹，不认识的文件 {name}"));
            }
            else if (!PortalLayout.IsValidId(name))
            {
                bag.Add(DiagnosticCodes.BadJurisdictionId.At(SourceLocation.OfFile(entry), name));
            }
            else
            {
                result.Add((name, entry));
            }
        }

        return result;
    }

    private static PortalInfo ReadInfo(string root, DiagnosticBag bag)
    {
        var path = Path.Combine(root, PortalLayout.PortalFile);
        var info = Read(path, PortalFormat.PortalFile, v => new PortalInfo
        {
            Title = v.Text("title"),
            Description = v.Text("description"),
            BaseUrl = v.Text("base_url"),
            Source = v.Source,
        }, bag) ?? new PortalInfo();
        if (info.Title.Length == 0)
        {
            bag.Add(DiagnosticCodes.MissingField.At(info.Source.Self.IsNone ? SourceLocation.OfFile(path) : info.Source.Self, PortalFormat.PortalFile.Title, "title（门户标题）"));
        }

        if (info.BaseUrl.Length > 0 && !(Uri.TryCreate(info.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && info.BaseUrl.EndsWith('/')))
        {
            bag.Add(DiagnosticCodes.BadBaseUrl.At(info.Source.Of("base_url"), info.BaseUrl));
        }

        return info;
    }

    private static T? ReadShared<T>(string root, string name, Shape shape, Func<MappingView, T> bind, DiagnosticBag bag)
    {
        var path = Path.Combine(root, name);
        return File.Exists(path) ? Read(path, shape, bind, bag) : default;
    }

    private static T? Read<T>(string path, Shape shape, Func<MappingView, T> bind, DiagnosticBag? bag)
    {
        var diagnostics = new List<Diagnostic>();
        var node = YamlFileReader.Read(path, LoadOptions.Default, diagnostics);
        var view = node is null ? null : new NodeReader(path, diagnostics).Open(node, shape, Path.GetFileName(path));
        var value = view is null ? default : bind(view);
        bag?.AddRange(diagnostics);
        return value;
    }

    /// <summary>A jurisdiction's site.yaml alone (its problems are reported when that jurisdiction itself is loaded).</summary>
    private static SiteInfo SiteOnly(string folder)
    {
        var path = Path.Combine(folder, ListLayout.SiteFile);
        return File.Exists(path) ? Read(path, ListFormat.Site, ModelBinder.Site, null) ?? new SiteInfo() : new SiteInfo();
    }
}
