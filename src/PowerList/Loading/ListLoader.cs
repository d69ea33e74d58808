using System.Collections.Immutable;
using System.Security.Cryptography;
using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>
/// Load stage: reads every file of a lists folder into the model, with the place of every value.
/// Files are read in parallel; the result and the (sorted) diagnostics do not depend on the order of work.
/// </summary>
public static class ListLoader
{
    public static LoadResult Load(string root) => Load(root, LoadOptions.Default);

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult Load(string root, LoadOptions options) => Load(root, options, null);

    /// <summary>
    /// Loads, reusing from <paramref name="cache"/> (when given) every file whose bytes did not change since it was
    /// read, and remembering the new results there; the result is the same as without a cache.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult Load(string root, LoadOptions options, LoadCache? cache) => Load(root, options, cache, null);

    /// <summary>As <see cref="Load(string, LoadOptions, LoadCache?)"/>, timing its parts (read, parse, bind) into <paramref name="timings"/>.</summary>
    public static LoadResult Load(string root, LoadOptions options, LoadCache? cache, TimingLog? timings)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"找不到清单文件夹 {root}");
        }

        var diagnostics = new DiagnosticBag();
        var plan = ListLayout.Scan(root, diagnostics);
        cache?.Begin(options);
        cache?.Keep(plan);
        var loaded = new LoadedFile[plan.Count];
        var pool = new StringPool();
        var shelf = new ReadBuffers.Shelf(cache is null ? Largest(plan, options) : 0); // a warm load reads few files
        if (options.Parallel && plan.Count > 1)
        {
            // One worker per core: reading is parsing (the files are in the page cache), and every worker holds a set of
            // buffers as large as the largest file (more workers only made more sets: 13 at 100,000 entries).
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            System.Threading.Tasks.Parallel.For(0, plan.Count, parallel, shelf.Take, (i, _, buffers) =>
            {
                loaded[i] = LoadFile(plan[i], options, pool, cache, timings, buffers);
                return buffers;
            }, shelf.Give);
        }
        else
        {
            var buffers = shelf.Take();
            for (var i = 0; i < plan.Count; i++)
            {
                loaded[i] = LoadFile(plan[i], options, pool, cache, timings, buffers);
            }
        }

        var unreadable = new HashSet<ListFileKind> { ListFileKind.Site, ListFileKind.Categories, ListFileKind.Departments, ListFileKind.Laws };
        var set = new ListSet { Root = root };
        var files = ImmutableArray.CreateBuilder<ListFile>();
        foreach (var file in loaded)
        {
            diagnostics.AddRange(file.Diagnostics);
            if (file.Value is not null && file.Complete)
            {
                unreadable.Remove(file.Kind);
            }
            switch (file.Value)
            {
                case SiteInfo site:
                    set = set with { Site = site };
                    break;
                case ImmutableArray<Category> categories:
                    set = set with { Categories = [.. categories.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)] };
                    break;
                case ImmutableArray<Department> departments:
                    set = set with { Departments = [.. departments.OrderBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal)] };
                    break;
                case ImmutableArray<Law> laws:
                    set = set with { Laws = [.. laws.OrderBy(l => l.Id, StringComparer.Ordinal)] };
                    break;
                case Catalogue catalogue:
                    set = set with { Catalogue = catalogue };
                    break;
                case ImmutableArray<Synonym> synonyms:
                    set = set with { Synonyms = synonyms };
                    break;
                case ListFile list:
                    files.Add(list);
                    break;
            }
        }

        set = set with { Files = files.ToImmutable() };
        var binding = timings?.Now() ?? default;
        set = LawBinder.Bind(set);
        timings?.Measure("load: bind laws", binding);
        return new LoadResult(set, diagnostics.ToSortedList()) { Unreadable = unreadable };
    }

    /// <summary>The length of the largest file the reader will take whole (at most <see cref="LoadOptions.MaxFileBytes"/>).</summary>
    private static int Largest(IReadOnlyList<PlannedFile> plan, LoadOptions options)
    {
        long largest = 0;
        foreach (var file in plan)
        {
            try
            {
                var length = new FileInfo(file.Path).Length;
                if (length <= options.MaxFileBytes && length > largest)
                {
                    largest = length;
                }
            }
            catch (IOException)
            {
                // the reader reports it
            }
        }

        return (int)Math.Min(largest, Array.MaxLength);
    }

    private static LoadedFile LoadFile(PlannedFile plan, LoadOptions options, StringPool pool, LoadCache? cache, TimingLog? timings,
        ReadBuffers buffers)
    {
        var known = cache?.Find(plan);
        var stamp = cache is null ? null : FileStamp.Of(plan.Path);
        if (known is not null && stamp is { } s && known.Stamp.Unchanged(s))
        {
            cache!.CountStampHit();
            return known.Result;
        }

        var diagnostics = new List<Diagnostic>();
        var started = timings?.Now() ?? default;
        using var bytes = YamlFileReader.ReadBytes(plan.Path, options, diagnostics, buffers);
        timings?.Measure("load: read", started);
        if (bytes is null)
        {
            return new LoadedFile(plan.Kind, null, false, diagnostics); // not remembered: read again next time
        }

        byte[]? hash = null;
        if (cache is not null)
        {
            hash = SHA256.HashData(bytes.Span);
            if (known is not null && hash.AsSpan().SequenceEqual(known.Hash))
            {
                cache.CountHashHit();
                if (stamp is { } unchanged)
                {
                    cache.Store(known with { Stamp = unchanged });
                }

                return known.Result;
            }

            cache.CountParsed();
        }

        var result = Bind(plan, bytes.Span, options, diagnostics, pool, buffers, timings);
        if (cache is not null && stamp is { } read)
        {
            cache.Store(new CachedFile(plan, read, hash!, result));
        }

        return result;
    }

    private static LoadedFile Bind(PlannedFile plan, ReadOnlySpan<byte> bytes, LoadOptions options, List<Diagnostic> diagnostics, StringPool pool,
        ReadBuffers buffers, TimingLog? timings)
    {
        var started = timings?.Now() ?? default;
        var root = YamlFileReader.Parse(plan.Path, bytes, options, diagnostics, pool, buffers, out var complete);
        timings?.Measure("load: parse", started);
        if (root is null)
        {
            return new LoadedFile(plan.Kind, null, false, diagnostics);
        }

        started = timings?.Now() ?? default;
        var reader = new NodeReader(plan.Path, diagnostics);
        object? value = plan.Kind switch
        {
            ListFileKind.Site => reader.Open(root, ListFormat.Site, ListLayout.SiteFile) is { } v ? ModelBinder.Site(v) : null,
            ListFileKind.Categories => reader.Open(root, ListFormat.CategoriesFile, ListLayout.CategoriesFile)?.Objects("categories", ModelBinder.Category),
            ListFileKind.Departments => reader.Open(root, ListFormat.DepartmentsFile, ListLayout.DepartmentsFile)?.Objects("departments", ModelBinder.Department),
            ListFileKind.Laws => reader.Open(root, ListFormat.LawsFile, ListLayout.LawsFile)?.Objects("laws", ModelBinder.Law),
            ListFileKind.Synonyms => reader.Open(root, ListFormat.SynonymsFile, ListLayout.SynonymsFile)?.Objects("synonyms", ModelBinder.Synonym),
            ListFileKind.Catalogue => reader.Open(root, ListFormat.CatalogueFile, ListLayout.CatalogueFile) is { } c ? ModelBinder.Catalogue(c) : null,
            ListFileKind.List => reader.Open(root, ListFormat.ListFile, "清单文件") is { } v
                ? ModelBinder.ListFile(v, plan.Path, plan.Department, plan.Category)
                : null,
            _ => throw new InvalidOperationException($"Unknown file kind {plan.Kind}."),
        };

        timings?.Measure("load: bind", started);
        return new LoadedFile(plan.Kind, value, complete, diagnostics);
    }
}
