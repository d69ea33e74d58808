using System.Diagnostics;
using System.Net;
using System.Text;
using PowerList.Output;
using PowerList.Search.Contributor;
using SearchBench;

// bench/search/SearchBench: see bench/search/run.sh.
//   index REALDATA N OUT    resample N entries, write our index (timed) and one HTML page per entry
//   queries REALDATA N FILE write the query set with relevance (tab separated)
//   measure OUT FILE        per query, in a fresh Chromium context: bytes and time to top-10 data, ours and Pagefind
//   explain SITE QUERY [--facets] [--dept ID]  the index files the C# engine reads for one cold query (ID: a department, or a portal's jurisdiction)
//   pagefind-everyday SITE  the everyday set on a built site (search-index/ and pagefind/): top-1, nDCG@10 of both
//   (BENCH_NO_PAGES=1 index …: the index and search.js only)
var command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "index":
    {
        var lists = Corpus.Build(RealRows.Read(args[1]), int.Parse(args[2]));
        var output = args[3];
        var watch = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("BENCH_STAGES") == "1")
        {
            var w = Stopwatch.StartNew();
            var ex = PowerList.Search.Indexing.DocumentExtractor.Extract(lists);
            Console.WriteLine($"extract {w.Elapsed.TotalSeconds:F2}");
            w.Restart();
            var ix = PowerList.Search.Indexing.IndexBuilder.Build(ex.Documents);
            Console.WriteLine($"build {w.Elapsed.TotalSeconds:F2} terms {ix.Postings.Count} postings {ix.Postings.Sum(p => (long)p.Value.Count)}");
            w.Restart();
            var fs = PowerList.Search.Indexing.IndexWriter.Write(ex, ix, lists.Synonyms).ToList();
            Console.WriteLine($"write {w.Elapsed.TotalSeconds:F2}");
            watch.Restart();
        }

        var files = new SearchIndexContributor().Contribute(lists).ToList();
        foreach (var file in files)
        {
            Write(output, file.Path, file.Content);
        }

        watch.Stop();
        Console.WriteLine($"ours: index build {watch.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB, files {files.Count}, " +
                          $"bytes {files.Sum(f => (long)f.Content.Length)}, largest {files.Max(f => f.Content.Length)}");
        Write(output, "assets/search.js", File.ReadAllBytes(Path.Combine(args[4], "assets", "search.js")));
        Write(output, "bench-empty.html", Encoding.UTF8.GetBytes("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>bench</title></html>"));
        if (Environment.GetEnvironmentVariable("BENCH_NO_PAGES") == "1")
        {
            return 0; // the index and search.js only (the bytes measurement needs no entry pages)
        }

        var departments = lists.Departments.ToDictionary(d => d.Id, d => d.Name);
        var categories = lists.Categories.ToDictionary(c => c.Code, c => c.Name);
        foreach (var entry in lists.PublicEntries)
        {
            Write(output, SiteUrls.FileOf(SiteUrls.Entry(entry.Code)), Encoding.UTF8.GetBytes(Pages.Entry(entry, departments[entry.Department], categories[entry.Category])));
        }

        return 0;
    }

    case "queries":
    {
        var lists = Corpus.Build(RealRows.Read(args[1]), int.Parse(args[2]));
        File.WriteAllLines(args[3], QuerySet.Make(lists));
        return 0;
    }

    case "explain":
    {
        var folder = Path.Combine(args[1], "search-index");
        var engine = PowerList.Search.Querying.SearchEngine.FromFolder(folder);
        var options = args.Skip(3).ToList();
        var dept = options.IndexOf("--dept") is var at and >= 0 && at + 1 < options.Count ? options[at + 1] : null; // a portal's jurisdiction facet
        var response = engine.Search(new PowerList.Search.Querying.SearchRequest(args[2], Department: dept, Facets: options.Contains("--facets")));
        Console.WriteLine($"total {response.Total}");
        foreach (var f in response.FilesRead)
        {
            Console.WriteLine($"{new FileInfo(Path.Combine(folder, f)).Length,8}  {f}");
        }

        Console.WriteLine($"{response.FilesRead.Sum(f => new FileInfo(Path.Combine(folder, f)).Length),8}  all");
        return 0;
    }

    case "measure":
        return await Measure.Run(args[1], args[2]);

    case "pagefind-everyday":
        return await PagefindEveryday.Run(args[1]);

    default:
        Console.Error.WriteLine("usage: SearchBench index REALDATA N OUT TEMPLATES | queries REALDATA N FILE | measure OUT FILE | pagefind-everyday SITE");
        return 2;
}

static void Write(string root, string path, byte[] content)
{
    var full = Path.Combine(root, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllBytes(full, content);
}

internal static class Pages
{
    public static string Entry(PowerList.Model.Entry e, string department, string category)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(H(e.Name)).Append("</title></head><body><main data-pagefind-body>");
        sb.Append("<h1>").Append(H(e.Name)).Append("</h1><p>编码：").Append(H(e.Code)).Append("</p>");
        sb.Append("<p>部门：<span data-pagefind-filter=\"department\">").Append(H(department)).Append("</span></p>");
        sb.Append("<p>类别：<span data-pagefind-filter=\"category\">").Append(H(category)).Append("</span></p>");
        foreach (var s in e.SubItems)
        {
            sb.Append("<p>子项：").Append(H(s.Name)).Append("</p>");
        }

        foreach (var text in e.Basis.Select(b => b.Text).Append(e.Subject).Append(e.Handler).Concat(e.Levels.Select(l => l.Scope))
                     .Append(e.Duties).Concat(e.Responsibilities.Select(r => r.Content)).Append(e.Accountable).Append(e.Accountability))
        {
            sb.Append("<p>").Append(H(text)).Append("</p>");
        }

        return sb.Append("</main></body></html>").ToString();
    }
}
