using PowerList.Composition;
using System.IO.Compression;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Site;
using PowerList.Site.Compression;
using PowerList.Building;
using PowerList.Site.Pipeline;

namespace PowerList.Tests.Site.Compression;

/// <summary>
/// Precompressed copies: every large text file of a built site has a <c>.gz</c> beside it that decompresses to it,
/// with a fixed header; small files and the search index files (gzip already) have none; an incremental build remakes
/// the copy of a changed page, drops the copy of a deleted one, restores one deleted by hand, and drops them all when
/// precompression is turned off.
/// </summary>
public sealed class PrecompressionTests : IDisposable
{
    private readonly GeneratedSiteFolder _folder = new("precompress", 60, seed: 5);

    private string Lists => _folder.Lists;

    private string Site => _folder.Site;

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("entry/X/index.html", 5000, true)]
    [InlineData("assets/site.css", 4096, true)]
    [InlineData("assets/search.js", 20000, true)]
    [InlineData("sitemap.xml", 4100, true)]
    [InlineData("data/entries.JSON", 4100, true)]
    [InlineData("entry/X/history/index.html", 4095, false)]
    [InlineData("404.html", 2400, false)]
    [InlineData("robots.txt", 1023, false)]
    [InlineData("search-index/meta.jgz", 50000, false)]
    [InlineData("search-index/post/1.bgz", 50000, false)]
    [InlineData("data/entries.xlsx", 50000, false)]
    [InlineData("entry/X.html/README", 50000, false)]
    public void Only_large_text_files_get_a_copy(string path, long length, bool wanted)
    {
        Precompression.Default.Wants(path, length).ShouldBe(wanted);
    }

    [Fact]
    public void Every_large_text_file_has_a_gzip_copy_that_decompresses_to_it()
    {
        Build(Precompression.Default);
        var files = SiteTestSupport.Snapshot(Site);
        var copies = files.Keys.Where(k => k.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        copies.Count.ShouldBeGreaterThan(50);
        foreach (var (path, bytes) in files.Where(f => !f.Key.EndsWith(".gz", StringComparison.Ordinal) && f.Key != BuildManifest.FileName))
        {
            var wanted = Precompression.Default.Wants(path, bytes.Length);
            files.ContainsKey(path + ".gz").ShouldBe(wanted, path);
            if (wanted)
            {
                var gz = files[path + ".gz"];
                gz[4..8].ShouldBe(new byte[4], $"{path}.gz: mtime 0");
                gz[3].ShouldBe((byte)0, $"{path}.gz: no name");
                Gunzip(gz).SequenceEqual(bytes).ShouldBeTrue(path);
                gz.Length.ShouldBeLessThan(bytes.Length, path);
            }
        }

        files.Keys.ShouldContain("index.html.gz");
        files.Keys.ShouldContain(k => k.StartsWith("entry/", StringComparison.Ordinal) && k.EndsWith("/index.html.gz", StringComparison.Ordinal));
        files["404.html"].Length.ShouldBeLessThan(Precompression.Default.MinimumBytes, "the 404 page is small");
        files.Keys.ShouldNotContain("404.html.gz", "a file under 4 KB gets no copy");
        files.Keys.ShouldNotContain(k => k.EndsWith(".jgz.gz", StringComparison.Ordinal) || k.EndsWith(".bgz.gz", StringComparison.Ordinal));
        files.Keys.ShouldContain(k => k.EndsWith(".jgz", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incremental_build_remakes_changed_copies_drops_deleted_ones_and_restores_missing_ones()
    {
        Build(Precompression.Default);
        var lists = SiteTestSupport.Load(Lists);
        var file = lists.Files[0];
        var (edited, deleted) = (file.Entries[1], file.Entries[0]);
        var editedPage = $"entry/{edited.Code}/index.html";
        var before = File.ReadAllBytes(Path.Combine(Site, editedPage + ".gz"));
        File.Exists(Path.Combine(Site, $"entry/{deleted.Code}/index.html.gz")).ShouldBeTrue();
        File.Delete(Path.Combine(Site, "assets", "site.css.gz"));

        var entries = file.Entries.SetItem(1, edited with { Name = edited.Name + "（已修改）" }).RemoveAt(0);
        var changed = lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
        Build(Precompression.Default, changed);

        var after = File.ReadAllBytes(Path.Combine(Site, editedPage + ".gz"));
        after.SequenceEqual(before).ShouldBeFalse("the edited page's copy is made again");
        System.Text.Encoding.UTF8.GetString(Gunzip(after)).ShouldContain(edited.Name + "（已修改）");
        Gunzip(after).SequenceEqual(File.ReadAllBytes(Path.Combine(Site, editedPage))).ShouldBeTrue();
        Directory.Exists(Path.Combine(Site, "entry", deleted.Code)).ShouldBeFalse("the deleted entry's page and copy are gone");
        Gunzip(File.ReadAllBytes(Path.Combine(Site, "assets", "site.css.gz")))
            .SequenceEqual(File.ReadAllBytes(Path.Combine(Site, "assets", "site.css"))).ShouldBeTrue("a copy deleted by hand comes back");

        var clean = _folder.In("clean");
        Build(Precompression.Default, changed, clean, incremental: false);
        var expected = SiteTestSupport.Snapshot(clean);
        var actual = SiteTestSupport.Snapshot(Site);
        actual.Keys.ShouldBe(expected.Keys);
        actual.Where(kv => !kv.Value.SequenceEqual(expected[kv.Key])).Select(kv => kv.Key).ShouldBeEmpty();

        Build(null, changed);
        Directory.GetFiles(Site, "*.gz", SearchOption.AllDirectories).ShouldBeEmpty("turned off, the copies go");
        BuildManifest.TryLoad(Site)!.Files.Keys.ShouldNotContain(k => k.EndsWith(".gz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contributor_writing_a_copys_path_is_a_duplicate()
    {
        var pipeline = new SitePipeline([new Fixed("big.txt", new string('x', 5000)), new Fixed("big.txt.gz", "y")]) { Precompress = Precompression.Default };
        var ex = Should.Throw<DuplicateOutputException>(() => pipeline.Build(SiteTestSupport.Load(Lists), Array.Empty<Diagnostic>(), Site));
        ex.Message.ShouldContain("big.txt.gz");
    }

    private void Build(Precompression? precompress, ListSet? lists = null, string? output = null, bool incremental = true)
    {
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Build();
        pipeline.Precompress = precompress;
        pipeline.Incremental = incremental;
        var result = pipeline.Build(lists ?? SiteTestSupport.Load(Lists), Array.Empty<Diagnostic>(), output ?? Site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
        if (precompress is not null)
        {
            result.PerContributor.ShouldContain(c => c.Contributor == SitePipeline.PrecompressName && c.Files > 0);
        }
    }

    private static byte[] Gunzip(byte[] gz)
    {
        using var input = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private sealed class Fixed(string path, string text) : PowerList.Output.ISiteContributor
    {
        public string Name => path;

        public IEnumerable<PowerList.Output.OutputFile> Contribute(ListSet lists) => [new(path, System.Text.Encoding.UTF8.GetBytes(text))];
    }
}
