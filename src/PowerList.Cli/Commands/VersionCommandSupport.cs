using System.CommandLine;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Cli.Commands;

/// <summary>What release, diff and verify share: the --lists option, loading the working lists, printing diagnostics.</summary>
internal static class VersionCommandSupport
{
    public static Option<string> ListsOption() => new("--lists")
    {
        Description = "清单文件夹（默认 lists）",
        DefaultValueFactory = _ => "lists",
    };

    /// <summary>
    /// The working lists, loaded and validated; null when they have errors (added to the bag). Diagnostics inside
    /// non-public entries are added with place and code only unless <paramref name="showPrivate"/> (<see cref="PrivateOption"/>).
    /// A jurisdiction of a portal (<c>PORTAL/jurisdictions/ID</c>) is loaded through the portal, as its part is built.
    /// </summary>
    public static ListSet? LoadCurrent(string listsRoot, DiagnosticBag diagnostics, bool showPrivate = false)
    {
        if (PortalOf(listsRoot) is { } portal)
        {
            // A jurisdiction of a portal is read as the portal's build reads it: with the portal's shared catalogue
            // and synonyms when it has none of its own (alone, its entries' catalogue codes would name no catalogue).
            var tree = PowerList.Portal.PortalLoader.Load(portal.Root, only: Path.GetFileName(portal.Jurisdiction));
            diagnostics.AddRange(PortalDiagnostics.Shown(tree, showPrivate));
            return diagnostics.HasErrors || tree.Jurisdictions.IsEmpty ? null : tree.Jurisdictions[0].Checked.Lists;
        }

        var loaded = ListLoader.Load(listsRoot);
        var found = new DiagnosticBag();
        found.AddRange(loaded.Diagnostics);
        found.AddRange(ListValidator.Validate(loaded.Lists, loaded.Unreadable));
        diagnostics.AddRange(PrivateOption.Apply(found.ToSortedList(), loaded.Lists, showPrivate));
        return diagnostics.HasErrors ? null : loaded.Lists;
    }

    /// <summary>The portal whose <c>jurisdictions/&lt;id&gt;/</c> <paramref name="listsRoot"/> is, else null.</summary>
    private static (string Root, string Jurisdiction)? PortalOf(string listsRoot)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(listsRoot));
        var parent = Path.GetDirectoryName(folder);
        var root = parent is null ? null : Path.GetDirectoryName(parent);
        return root is not null && Path.GetFileName(parent) == PowerList.Portal.PortalLayout.JurisdictionsFolder && PowerList.Portal.PortalLayout.IsPortal(root)
            ? (root, folder)
            : null;
    }

    public static void Print(TextWriter error, DiagnosticBag diagnostics)
    {
        foreach (var d in diagnostics.ToSortedList())
        {
            error.WriteLine(d.Format());
        }
    }
}
