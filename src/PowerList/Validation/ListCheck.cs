using PowerList.Diagnostics;
using PowerList.Loading;

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
    public static LoadResult Run(string root, LoadOptions? options, LoadCache? loadCache, ValidationCache? validationCache, Func<Model.ListSet, Model.ListSet>? complete) =>
        Run(root, options, loadCache, validationCache, complete, null);

    /// <summary>
    /// As <see cref="Run(string, LoadOptions?, LoadCache?, ValidationCache?, Func{Model.ListSet, Model.ListSet}?)"/>, each
    /// stage timing its parts into <paramref name="timings"/> (<c>build --timings</c>), as it reports its diagnostics.
    /// </summary>
    public static LoadResult Run(string root, LoadOptions? options, LoadCache? loadCache, ValidationCache? validationCache,
        Func<Model.ListSet, Model.ListSet>? complete, TimingLog? timings)
    {
        var started = timings?.Now() ?? default;
        var loaded = ListLoader.Load(root, options ?? LoadOptions.Default, loadCache, timings);
        if (complete is not null)
        {
            loaded = loaded with { Lists = complete(loaded.Lists) };
        }

        started = timings?.Lap("load", started) ?? default;
        var validated = ListValidator.Validate(loaded.Lists, loaded.Unreadable, validationCache, timings);
        started = timings?.Lap("validate", started) ?? default;
        var releases = Versions.Snapshots.ReleaseLoader.Load(root);
        timings?.Measure("load: releases", started);
        var all = new DiagnosticBag();
        all.AddRange(loaded.Diagnostics);
        all.AddRange(validated);
        all.AddRange(releases.Diagnostics);
        return loaded with { Diagnostics = all.ToSortedList(), Releases = releases };
    }
}
