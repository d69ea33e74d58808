using System.Collections.Immutable;
using PowerList.Building;
using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Generation;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Site.Pipeline;
using PowerList.Validation;
using PowerList.Writing;

namespace PowerList.Tests.Site;

/// <summary>
/// A test's temporary folder: generated lists in <c>lists/</c>, the site built from them in <c>site/</c> and any
/// other folder beside them (<see cref="In"/>), deleted after the test. Made per test (a field of the test class, whose
/// <c>Dispose</c> disposes it), so every test starts from the same lists. It also holds what <c>serve</c> keeps between
/// builds of these lists (<see cref="LoadCache"/>, <see cref="ValidationCache"/>, <see cref="Warm"/>) for the tests of
/// warm rebuilds (<c>WarmSiteTests</c>, <c>ReadIndexTests</c>).
/// </summary>
public sealed class GeneratedSiteFolder : IDisposable
{
    /// <summary>The time stamp <see cref="MarkOld"/> gives files: a file that has another one was written since.</summary>
    public static readonly DateTime Long = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <param name="name">Begins the folder's name (see <see cref="SiteTestSupport.NewTempFolder"/>).</param>
    /// <param name="entries">How many entries <see cref="ListGenerator"/> writes into <see cref="Lists"/>.</param>
    /// <param name="seed">The generator's seed.</param>
    public GeneratedSiteFolder(string name, int entries, int seed)
    {
        Dir = SiteTestSupport.NewTempFolder(name);
        ListGenerator.Generate(entries, seed, Lists);
    }

    /// <summary>The folder itself.</summary>
    public string Dir { get; }

    /// <summary>The generated lists.</summary>
    public string Lists => In("lists");

    /// <summary>Where the site under test is built.</summary>
    public string Site => In("site");

    /// <summary>The path of <paramref name="relative"/> in the folder (a clean build's site, templates …).</summary>
    public string In(string relative) => Path.Combine(Dir, relative);

    /// <summary>serve's cache of parsed list files (see <see cref="LoadWarm"/>).</summary>
    public LoadCache LoadCache { get; } = new();

    /// <summary>serve's cache of validation results.</summary>
    public ValidationCache ValidationCache { get; } = new();

    /// <summary>serve's state between builds (see <see cref="WarmBuild"/>).</summary>
    public WarmBuild Warm { get; } = new();

    /// <summary>The lists loaded and validated as <c>serve</c> does, through its caches; fails the test on an error.</summary>
    public ListSet LoadWarm()
    {
        var result = ListCheck.Run(Lists, null, LoadCache, ValidationCache);
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return result.Lists;
    }

    /// <summary>A rebuild as <c>serve</c> makes it: <see cref="LoadWarm"/>, built with <see cref="Warm"/> into <paramref name="output"/> (default <see cref="Site"/>).</summary>
    public void WarmBuild(string? output = null, string? templates = null)
    {
        var pipeline = SiteDefaults.Create(templates ?? SiteTestSupport.Templates).Build();
        pipeline.Warm = Warm;
        var result = pipeline.Build(LoadWarm(), Array.Empty<Diagnostic>(), output ?? Site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    /// <summary>A build without <c>serve</c>'s memory of the lists as they are (incremental over what <paramref name="output"/> holds, or clean).</summary>
    public void ColdBuild(string output, bool incremental, string? templates = null)
    {
        var pipeline = SiteDefaults.Create(templates ?? SiteTestSupport.Templates).Build();
        pipeline.Incremental = incremental;
        var result = pipeline.Build(SiteTestSupport.Load(Lists), Array.Empty<Diagnostic>(), output);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    /// <summary>Writes <paramref name="lists"/> with <paramref name="file"/>'s entries replaced by <paramref name="entries"/> (see <see cref="WriteLists"/>).</summary>
    public void WriteEntries(ListSet lists, ListFile file, ImmutableArray<Entry> entries)
    {
        var at = lists.Files.IndexOf(lists.Files.First(f => f.Path == file.Path));
        WriteLists(lists with { Files = lists.Files.SetItem(at, file with { Entries = entries }) });
    }

    /// <summary>
    /// Writes <paramref name="lists"/> (if any; a change may have written its files itself), then moves every list
    /// file's stamp back past <see cref="LoadCache"/>'s window for writes just after a read, so edited files are read
    /// again by their stamps.
    /// </summary>
    public void WriteLists(ListSet? lists)
    {
        if (lists is not null)
        {
            ListsWriter.Write(Lists, lists);
        }

        foreach (var path in Directory.GetFiles(Lists, "*.yaml", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(-5));
        }
    }

    /// <summary>
    /// Stamps every file below <paramref name="folder"/> <see cref="Long"/> ago; with <paramref name="exceptManifest"/>
    /// not the manifest (whose stamp tells a warm build the site is the one it left).
    /// </summary>
    public static void MarkOld(string folder, bool exceptManifest = false)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !exceptManifest || Path.GetFileName(f) != BuildManifest.FileName))
        {
            File.SetLastWriteTimeUtc(file, Long);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
