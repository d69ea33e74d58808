using PowerList.Output;
using PowerList.Portal;
using PowerList.Search.Indexing;
using PowerList.Search.Querying;
using PowerList.Tests.Search;
using PowerList.Tests.Site;

namespace PowerList.Tests.Portal;

/// <summary>
/// The portal's search index (<see cref="PortalSearchIndex"/>) on tests/fixtures/portal, made as a merge makes it: from
/// each jurisdiction's <see cref="PortalSearchDocuments"/> file alone. Hand-counted: 食品经营 is in 990000's
/// 食品经营许可, 990100's 食品经营许可 and 对未取得食品经营许可…的处罚, 990102's same two; 户外广告 only in 990102.
/// </summary>
public sealed class PortalSearchIndexTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal");

    /// <summary>The index files (site-relative path → bytes) of the portal at <paramref name="root"/>, and each part's documents file.</summary>
    internal static (Dictionary<string, byte[]> Index, Dictionary<string, byte[]> Documents) Build(string root)
    {
        var tree = PortalLoader.Load(root);
        tree.HasErrors.ShouldBeFalse(string.Join("\n", tree.Diagnostics));
        var documents = tree.Jurisdictions.ToDictionary(j => j.Id, j => PortalSearchDocuments.Write(j.Checked.Lists), StringComparer.Ordinal);
        var parts = PortalMerge.Order(tree.Jurisdictions.Select(j => PortalPartBuilder.Describe(j, tree.Info)));
        var index = PortalSearchIndex.Files(parts, id => PortalSearchDocuments.Read(documents[id], id))
            .ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        return (index, documents);
    }

    private static SearchEngine Engine(Dictionary<string, byte[]> files) =>
        new(new IndexFiles(path => files.TryGetValue(SiteUrls.SearchIndexFolder + path, out var bytes) ? bytes : null));

    private static readonly Lazy<Dictionary<string, byte[]>> FixtureIndex = new(() => Build(Fixture).Index);

    [Fact]
    public void A_query_finds_entries_of_every_jurisdiction_with_counts_per_jurisdiction_and_level()
    {
        var r = Engine(FixtureIndex.Value).Search(new SearchRequest("食品经营"));
        r.Total.ShouldBe(5);
        r.Hits.Select(h => h.Url).Order(StringComparer.Ordinal).ShouldBe([
            "j/990000/entry/990000-SCJG-XK-0001/",
            "j/990100/entry/990100-SCJG-CF-0002/",
            "j/990100/entry/990100-SCJG-XK-0001/",
            "j/990102/entry/990102-SCJG-CF-0001/",
            "j/990102/entry/990102-SCJG-XK-0001/",
        ]);
        r.Departments.Select(f => (f.Value, f.Label, f.Count)).OrderBy(f => f.Value, StringComparer.Ordinal)
            .ShouldBe([("990000", "演示省", 1), ("990100", "演示市", 2), ("990102", "演示县", 2)]);
        r.Levels.Select(f => (f.Value, f.Count)).OrderBy(f => f.Value, StringComparer.Ordinal)
            .ShouldBe([("县级", 2), ("市级", 2), ("省级", 1)]);
        r.Categories.Select(f => (f.Value, f.Count)).OrderBy(f => f.Value, StringComparer.Ordinal).ShouldBe([("cf", 2), ("xk", 3)]);
    }

    [Fact]
    public void A_result_names_the_entrys_department_beside_its_jurisdiction()
    {
        var engine = Engine(FixtureIndex.Value);
        var ads = engine.Search(new SearchRequest("户外广告")).Hits.ShouldHaveSingleItem();
        ads.Department.ShouldBe("990102");
        ads.Unit.ShouldBe("演示县市场监督管理局");
        engine.Search(new SearchRequest("食品经营")).Hits.Select(h => (h.Department, h.Unit)).Distinct().Order()
            .ShouldBe([("990000", "演示省市场监督管理局"), ("990100", "演示市市场监督管理局"), ("990102", "演示县市场监督管理局")]);
    }

    [Fact]
    public void The_jurisdiction_facet_lists_every_jurisdiction_with_a_match_not_only_the_most_frequent()
    {
        // 40 counties with the fixture county's documents: more than a site's department facet shows (IndexSettings.TopDepartments).
        var county = PortalSearchDocuments.Write(PortalLoader.Load(Fixture).Jurisdictions.Single(j => j.Id == "990102").Checked.Lists);
        var parts = Enumerable.Range(0, 40).Select(i => new PortalPart { Id = $"99{i:D4}", Name = $"县{i}", Level = PowerList.Conformity.JurisdictionLevel.County, DivisionCode = $"99{i:D4}" }).ToList();
        IndexSettings.TopDepartments.ShouldBeLessThan(parts.Count);
        var files = PortalSearchIndex.Files(parts, id => PortalSearchDocuments.Read(county, id)).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var r = Engine(files).Search(new SearchRequest("户外广告"));
        r.Total.ShouldBe(40);
        r.Departments.Select(f => f.Value).ShouldBe(parts.Select(p => p.Id), "every jurisdiction with a match, in portal order");
        r.Departments.ShouldAllBe(f => f.Count == 1);
        Engine(files).Search(new SearchRequest("户外广告", Department: "990039")).Hits.ShouldHaveSingleItem().Url.ShouldBe("j/990039/entry/990102-SCJG-XK-0002/");
    }

    [Fact]
    public void The_jurisdiction_facet_narrows_to_one_and_the_counts_follow_the_query()
    {
        var engine = Engine(FixtureIndex.Value);
        var county = engine.Search(new SearchRequest("食品经营", Department: "990102"));
        county.Total.ShouldBe(2);
        county.Hits.ShouldAllBe(h => h.Department == "990102" && h.Url.StartsWith("j/990102/entry/990102-", StringComparison.Ordinal));
        // The jurisdiction facet is counted with the other filters only, so it still lists all three.
        county.Departments.Sum(f => f.Count).ShouldBe(5);
        county.Levels.Select(f => (f.Value, f.Count)).ShouldBe([("县级", 2)]);

        engine.Search(new SearchRequest("食品经营", Level: "市级")).Hits.Select(h => h.Code).Order(StringComparer.Ordinal)
            .ShouldBe(["990100-SCJG-CF-0002", "990100-SCJG-XK-0001"]);

        var ads = engine.Search(new SearchRequest("户外广告"));
        ads.Hits.Select(h => h.Url).ShouldBe(["j/990102/entry/990102-SCJG-XK-0002/"]);
        ads.Departments.Select(f => (f.Value, f.Count)).ShouldBe([("990102", 1)]);
        engine.Search(new SearchRequest("户外广告", Department: "990000")).Total.ShouldBe(0);
    }

    [Fact]
    public void Within_one_jurisdiction_it_finds_what_the_jurisdictions_own_index_finds()
    {
        var engine = Engine(FixtureIndex.Value);
        var tree = PortalLoader.Load(Fixture);
        foreach (var query in new[] { "食品经营", "许可", "处罚", "特种设备", "明码标价", "食品安全法" })
        {
            foreach (var j in tree.Jurisdictions)
            {
                var own = new BuiltIndex(j.Checked.Lists).Search(query, limit: 50);
                var portal = engine.Search(new SearchRequest(query, Department: j.Id, Limit: 50));
                portal.Hits.Select(h => h.Code).Order(StringComparer.Ordinal)
                    .ShouldBe(own.Hits.Select(h => h.Code).Order(StringComparer.Ordinal), $"{query} in {j.Id}");
            }
        }
    }

    [Fact]
    public void An_entry_not_public_reaches_neither_the_parts_documents_nor_the_portals_index()
    {
        var root = SiteTestSupport.NewTempFolder("portal-search-private");
        try
        {
            foreach (var file in Directory.GetFiles(Fixture, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(root, Path.GetRelativePath(Fixture, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }

            File.AppendAllText(Path.Combine(root, "jurisdictions", "990100", "scjg", "xk.yaml"),
                "  - code: 990100-SCJG-XK-0009\n    name: 内部核查备忘事项\n    public: false\n    basis:\n      - law: food-safety-law\n        articles: 第三十五条\n    subject: 市场监督管理局\n");
            var (index, documents) = Build(root);
            foreach (var (id, bytes) in documents)
            {
                var text = System.Text.Encoding.UTF8.GetString(IndexFileCodec.Decompress(bytes));
                text.ShouldNotContain("内部核查", customMessage: id);
                text.ShouldNotContain("990100-SCJG-XK-0009", customMessage: id);
            }

            foreach (var (path, bytes) in index)
            {
                var text = System.Text.Encoding.UTF8.GetString(IndexFileCodec.Decompress(bytes));
                text.ShouldNotContain("内部核查", customMessage: path);
                text.ShouldNotContain("XK-0009", customMessage: path);
            }

            var engine = Engine(index);
            engine.Search(new SearchRequest("内部核查")).Total.ShouldBe(0);
            engine.Search(new SearchRequest("食品经营")).Total.ShouldBe(5, "the public entries are all there");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_same_parts_give_the_same_bytes()
    {
        var again = Build(Fixture).Index;
        again.Keys.Order(StringComparer.Ordinal).ShouldBe(FixtureIndex.Value.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in again)
        {
            bytes.SequenceEqual(FixtureIndex.Value[path]).ShouldBeTrue(path);
        }
    }

    [Fact]
    public void Updating_a_site_takes_the_unchanged_files_as_they_are_and_makes_the_others_again()
    {
        var tree = PortalLoader.Load(Fixture);
        var documents = tree.Jurisdictions.ToDictionary(j => j.Id, j => PortalSearchDocuments.Write(j.Checked.Lists), StringComparer.Ordinal);
        var parts = PortalMerge.Order(tree.Jurisdictions.Select(j => PortalPartBuilder.Describe(j, tree.Info)));
        var clean = FixtureIndex.Value;
        // The previous site: every file as a clean build made it, but one posting pack holds another file's bytes and one
        // document shard is damaged.
        var previous = clean.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        var (pack, shard) = (previous.Keys.First(k => k.Contains("/post/")), previous.Keys.First(k => k.Contains("/docs/")));
        previous[pack] = previous[shard];
        previous[shard] = [0x1F, 0x8B, 1, 2, 3];
        var updated = PortalSearchIndex.Files(parts, id => PortalSearchDocuments.Read(documents[id], id), p => previous.GetValueOrDefault(p));
        updated.Select(f => f.Path).ShouldBe(clean.Keys.Order(StringComparer.Ordinal));
        foreach (var file in updated)
        {
            file.Content.SequenceEqual(clean[file.Path]).ShouldBeTrue(file.Path);
            ReferenceEquals(file.Content, previous[file.Path]).ShouldBe(file.Path != pack && file.Path != shard, file.Path);
        }
    }

    [Fact]
    public void With_serves_memory_each_run_gives_the_files_of_a_cold_run_and_unchanged_parts_keep_their_placed_documents()
    {
        var tree = PortalLoader.Load(Fixture);
        var parts = PortalMerge.Order(tree.Jurisdictions.Select(j => PortalPartBuilder.Describe(j, tree.Info)));
        var read = tree.Jurisdictions.ToDictionary(j => j.Id, j => PortalSearchDocuments.Write(j.Checked.Lists, new MemoryStream()), StringComparer.Ordinal);
        var (province, city, county) = (parts[0].Id, parts[1].Id, parts[2].Id);
        var warm = new PortalWarm();

        void Same(string step)
        {
            var warmFiles = PortalSearchIndex.Files(parts, id => read[id], warm: warm);
            var cold = PortalSearchIndex.Files(parts, id => read[id]);
            warmFiles.Select(f => f.Path).ShouldBe(cold.Select(f => f.Path), step);
            foreach (var (w, c) in warmFiles.Zip(cold))
            {
                w.Content.SequenceEqual(c.Content).ShouldBeTrue(step + ": " + w.Path);
            }
        }

        Same("first run");
        var placed = warm.Assembled.ToDictionary(p => p.Key, p => p.Value.Documents, StringComparer.Ordinal);

        // The county read again (a new object) with one entry renamed: its documents placed anew, the others' kept.
        read[county] = Renamed(read[county], 0, "户外广告设置审批");
        Same("county renamed");
        warm.Assembled[county].Documents.ShouldNotBeSameAs(placed[county]);
        warm.Assembled[county].Documents[0].Name.ShouldBe("户外广告设置审批");
        warm.Assembled[province].Documents[0].ShouldBeSameAs(placed[province][0]);
        warm.Assembled[city].Documents[^1].ShouldBeSameAs(placed[city][^1]);
        Engine(PortalSearchIndex.Files(parts, id => read[id], warm: new PortalWarm()).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal))
            .Search(new SearchRequest("户外广告设置审批")).Hits.Select(h => h.Url).ShouldBe([$"j/{county}/entry/{read[county].Documents[0].Code}/"]);

        // A code of the city's first entry claimed by the province (read again): the city, though unchanged, loses the
        // code (a code query finds the first jurisdiction's entry) and gets it back when the province lets it go.
        var cityCode = read[city].Documents[0].Code;
        var provinceBefore = read[province];
        read[province] = WithCode(provinceBefore, 0, cityCode);
        Same("the province claims a city code");
        warm.Assembled[city].Documents[0].Codes.ShouldNotContain(cityCode);
        read[province] = WithCode(provinceBefore, 0, null);
        Same("the province lets it go");
        warm.Assembled[city].Documents[0].Codes.ShouldContain(cityCode);
    }

    private static PortalSearchDocuments.Part Renamed(PortalSearchDocuments.Part part, int doc, string name) =>
        part with { Documents = [.. part.Documents.Select((d, i) => i == doc ? d with { Name = name, Fields = [name, .. d.Fields.Skip(1)] } : d with { })] };

    /// <summary>A copy of <paramref name="part"/> (new objects) whose document <paramref name="doc"/> also carries <paramref name="code"/>, if any.</summary>
    private static PortalSearchDocuments.Part WithCode(PortalSearchDocuments.Part part, int doc, string? code) =>
        part with { Documents = [.. part.Documents.Select((d, i) => i == doc && code is not null ? d with { Codes = [.. d.Codes, code] } : d with { })] };

    /// <summary>What <c>serve</c> hands to the portal in memory (<see cref="PortalSearchDocuments.Write(PowerList.Model.ListSet, Stream)"/>'s part) is exactly what reading the written file back gives.</summary>
    [Fact]
    public void The_part_documents_handed_over_in_memory_equal_the_file_read_back()
    {
        var tree = PortalLoader.Load(Fixture);
        tree.HasErrors.ShouldBeFalse(string.Join("\n", tree.Diagnostics));
        foreach (var j in tree.Jurisdictions)
        {
            using var file = new MemoryStream();
            var made = PortalSearchDocuments.Write(j.Checked.Lists, file);
            var content = file.ToArray();
            PortalSearchDocuments.Write(j.Checked.Lists).ShouldBe(content, j.Id);
            var read = PortalSearchDocuments.Read(content, j.Id);
            made.Documents.Count.ShouldBeGreaterThan(0, j.Id);
            made.Categories.Select(c => (c.Code, c.Name)).ShouldBe(read.Categories.Select(c => (c.Code, c.Name)), j.Id);
            made.Synonyms.Select(s => s.Term + "=" + string.Join(",", s.Expansions)).ShouldBe(read.Synonyms.Select(s => s.Term + "=" + string.Join(",", s.Expansions)), j.Id);
            made.Documents.Select(Describe).ShouldBe(read.Documents.Select(Describe), j.Id);
            made.Documents.ShouldContain(d => d.Unit.Length > 0, "the entry's department travels with the document");
        }
    }

    /// <summary>Every value of a document, fields and codes written out.</summary>
    private static string Describe(SearchDocument d) =>
        string.Join("\u0001", d.Code, d.Name, d.Department, d.Category, d.LevelMask, d.Snippet, string.Join("\u0002", d.Fields),
            string.Join("\u0002", d.Codes), d.Status, d.GuideUrl, d.OnlineUrl, d.Unit);
}
