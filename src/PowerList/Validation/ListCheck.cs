using PowerList.Loading;
using PowerList.Site.Incremental;

namespace PowerList.Validation;

/// <summary>Load and validate in one call: what <c>powerlist validate</c> and every later stage start from.</summary>
public static class ListCheck
{
    /// <summary>The loaded set with the loader's and the validator's diagnostics together, sorted.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult Run(string root, LoadOptions? options = null)
    {
        var started = BuildTimings.Now();
        var loaded = ListLoader.Load(root, options ?? LoadOptions.Default);
        BuildTimings.Measure("load", started);
        started = BuildTimings.Now();
        var validated = ListValidator.Validate(loaded.Lists, loaded.Unreadable);
        BuildTimings.Measure("validate", started);
        var all = new Diagnostics.DiagnosticBag();
        all.AddRange(loaded.Diagnostics);
        all.AddRange(validated);
        return loaded with { Diagnostics = all.ToSortedList() };
    }
}
