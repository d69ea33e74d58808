using PowerList.Loading;
using PowerList.Building;

namespace PowerList.Validation;

/// <summary>Load and validate in one call: what <c>powerlist validate</c> and every later stage start from.</summary>
public static class ListCheck
{
    /// <summary>
    /// The loaded set and its releases (<see cref="LoadResult.Releases"/>), with the loader's, the validator's and the
    /// releases' diagnostics together, sorted.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult Run(string root, LoadOptions? options = null) => Run(root, options, null, null);

    /// <summary>
    /// As <see cref="Run(string, LoadOptions?)"/>, reusing what <paramref name="loadCache"/> and
    /// <paramref name="validationCache"/> kept of unchanged files (the result is the same; see <see cref="LoadCache"/>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult Run(string root, LoadOptions? options, LoadCache? loadCache, ValidationCache? validationCache) =>
        Run(root, options, loadCache, validationCache, null);

    /// <summary>
    /// As <see cref="Run(string, LoadOptions?, LoadCache?, ValidationCache?)"/>, with <paramref name="complete"/> applied
    /// to the loaded set before it is validated: a portal's jurisdiction takes the portal's shared catalogue and
    /// synonyms when it has none of its own (<see cref="Portal.PortalLoader"/>).
    /// </summary>
    public static LoadResult Run(string root, LoadOptions? options, LoadCache? loadCache, ValidationCache? validationCache, Func<Model.ListSet, Model.ListSet>? complete)
    {
        var started = BuildTimings.Now();
        var loaded = ListLoader.Load(root, options ?? LoadOptions.Default, loadCache);
        if (complete is not null)
        {
            loaded = loaded with { Lists = complete(loaded.Lists) };
        }

        BuildTimings.Measure("load", started);
        started = BuildTimings.Now();
        var validated = ListValidator.Validate(loaded.Lists, loaded.Unreadable, validationCache);
        BuildTimings.Measure("validate", started);
        started = BuildTimings.Now();
        var releases = Versions.Snapshots.ReleaseLoader.Load(root);
        BuildTimings.Measure("load: releases", started);
        var all = new Diagnostics.DiagnosticBag();
        all.AddRange(loaded.Diagnostics);
        all.AddRange(validated);
        all.AddRange(releases.Diagnostics);
        return loaded with { Diagnostics = all.ToSortedList(), Releases = releases };
    }
}
