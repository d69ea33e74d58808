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
    /// </summary>
    public static ListSet? LoadCurrent(string listsRoot, DiagnosticBag diagnostics, bool showPrivate = false)
    {
        var loaded = ListLoader.Load(listsRoot);
        var found = new DiagnosticBag();
        found.AddRange(loaded.Diagnostics);
        found.AddRange(ListValidator.Validate(loaded.Lists, loaded.Unreadable));
        diagnostics.AddRange(PrivateOption.Apply(found.ToSortedList(), loaded.Lists, showPrivate));
        return diagnostics.HasErrors ? null : loaded.Lists;
    }

    public static void Print(TextWriter error, DiagnosticBag diagnostics)
    {
        foreach (var d in diagnostics.ToSortedList())
        {
            error.WriteLine(d.Format());
        }
    }
}
