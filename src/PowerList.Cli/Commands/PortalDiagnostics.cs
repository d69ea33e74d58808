using PowerList.Diagnostics;
using PowerList.Portal;

namespace PowerList.Cli.Commands;

/// <summary>A portal's diagnostics as printed: each jurisdiction's with its non-public entries' text withheld (<see cref="PrivateOption"/>), sorted.</summary>
internal static class PortalDiagnostics
{
    public static IReadOnlyList<Diagnostic> Shown(PortalTree tree, bool showPrivate)
    {
        if (showPrivate)
        {
            return tree.Diagnostics;
        }

        var bag = new DiagnosticBag();
        var theirs = new HashSet<Diagnostic>();
        foreach (var j in tree.Jurisdictions)
        {
            bag.AddRange(PrivateOption.Apply(j.Checked.Diagnostics, j.Checked.Lists, false));
            theirs.UnionWith(j.Checked.Diagnostics);
        }

        bag.AddRange(tree.Diagnostics.Where(d => !theirs.Contains(d)));
        return bag.ToSortedList();
    }
}
