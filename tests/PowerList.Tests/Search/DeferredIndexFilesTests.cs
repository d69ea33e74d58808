using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Search.Contributor;
using PowerList.Building;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>
/// The search index files are deferred (<see cref="IDeferredContributor"/>): an incremental build keys them by their
/// uncompressed bytes and compresses only those that changed. The files it hands out (produced now or linked from
/// the previous site) are exactly the files of a clean build, and most are reused after a small edit.
/// </summary>
public sealed class DeferredIndexFilesTests(GeneratedLists generated) : IDisposable, IClassFixture<GeneratedLists>
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("deferred-search");
    private readonly ListSet _lists = generated.Lists;

    private string Site => Path.Combine(_dir, "site");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static TheoryData<string> Changes => new() { "nothing", "edit-name", "edit-text", "add", "delete" };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Files_after_a_change_equal_a_clean_build_and_unchanged_ones_are_reused(string change)
    {
        BuildSearchSite(_lists);
        var changed = Apply(_lists, change);

        var session = new IncrementalSession(Site);
        session.HasPrevious.ShouldBeTrue();
        var resolved = session.Resolve(new SearchIndexContributor(), changed).ToList();
        var clean = new SearchIndexContributor().Contribute(changed).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

        resolved.Select(r => r.Path).Order(StringComparer.Ordinal).ShouldBe(clean.Keys.Order(StringComparer.Ordinal));
        foreach (var output in resolved)
        {
            var bytes = output.Content ?? File.ReadAllBytes(output.ReuseFrom!);
            bytes.SequenceEqual(clean[output.Path]).ShouldBeTrue($"{output.Path} after {change}");
            output.Length.ShouldBe(bytes.LongLength, output.Path);
        }

        (session.Produced + session.Reused).ShouldBe(resolved.Count);
        resolved.Count(r => r.Content is not null).ShouldBe(session.Produced);
        // The traditional → simplified table does not depend on the lists: always reused.
        resolved.Where(r => r.Path.Contains("/t2s/", StringComparison.Ordinal)).ShouldAllBe(r => r.Content == null);
        if (change == "nothing")
        {
            session.Produced.ShouldBe(0);
        }
        else
        {
            session.Produced.ShouldBeGreaterThan(0, $"{change} changes some index files");
        }

        if (change == "edit-name")
        {
            // Doc ids stay, impacts are quantized: one changed name changes few dictionary shards and posting packs.
            session.Produced.ShouldBeLessThan(resolved.Count / 4, "an edited name: most index files are reused");
            resolved.Count(r => r.Content is not null && r.Path.Contains("/docs/", StringComparison.Ordinal)).ShouldBe(1);
        }
    }

    [Fact]
    public void A_clean_build_produces_every_file_and_a_damaged_previous_file_is_produced_again()
    {
        var first = new IncrementalSession(Site, reuse: false);
        var all = first.Resolve(new SearchIndexContributor(), _lists).ToList();
        first.Produced.ShouldBe(all.Count);
        first.Reused.ShouldBe(0);

        BuildSearchSite(_lists);
        var damaged = Directory.GetFiles(Path.Combine(Site, "search-index", "dict")).Order(StringComparer.Ordinal).First();
        File.WriteAllBytes(damaged, [1, 2, 3]);
        var session = new IncrementalSession(Site);
        var resolved = session.Resolve(new SearchIndexContributor(), _lists).ToList();
        session.Produced.ShouldBe(1);
        var redone = resolved.Single(r => r.Content is not null);
        Path.Combine(Site, redone.Path).ShouldBe(damaged);
        redone.Content!.SequenceEqual(all.Single(a => a.Path == redone.Path).Content!).ShouldBeTrue();
    }

    [Fact]
    public void Keys_of_deferred_files_are_not_content_keys()
    {
        // The manifest of the previous build keyed the index files by their uncompressed bytes; a contributor that
        // wrote the same paths with plain content keys must not be taken for them (and the reverse).
        BuildSearchSite(_lists);
        var manifest = BuildManifest.TryLoad(Site).ShouldNotBeNull();
        var clean = new SearchIndexContributor().Contribute(_lists).ToList();
        foreach (var file in clean.Take(20))
        {
            manifest.Files[file.Path].Key.ShouldNotBe(ContentKey.Of("content", file.Content));
        }
    }

    private void BuildSearchSite(ListSet lists)
    {
        var result = new SitePipeline([new SearchIndexContributor()]).Build(lists, Array.Empty<Diagnostic>(), Site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    private static ListSet Apply(ListSet lists, string change)
    {
        var file = lists.Files[0];
        var entries = file.Entries;
        entries = change switch
        {
            "nothing" => entries,
            "edit-name" => entries.SetItem(2, entries[2] with { Name = entries[2].Name + "（已修改）" }),
            "edit-text" => entries.SetItem(2, entries[2] with { Accountability = "修改后的追责情形：未依法履行职责的。" }),
            "add" => entries.Add(entries[0] with { Code = entries[^1].Code + "-N", Name = "新增的职权事项：对新增违法行为的处罚" }),
            "delete" => entries.RemoveAt(0),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        return lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
    }
}
