using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;
using PowerList.Building;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>
/// <c>serve</c> keeps the search index between builds (<see cref="WarmBuild"/>) and patches it after an edit
/// (<see cref="IndexPatcher"/>, <see cref="TermFiles"/>): the patched index equals a full build of the new lists term by
/// term, and the files of a warm build equal a clean build's, byte for byte.
/// </summary>
public sealed class WarmIndexTests(GeneratedLists generated) : IDisposable, IClassFixture<GeneratedLists>
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("warm-search");
    private readonly ListSet _lists = generated.Lists;

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

    public static TheoryData<string> Edits => new() { "same-text", "edit-name", "edit-text", "new-words", "cross-bucket", "two-files" };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_patched_index_equals_a_full_build(string edit)
    {
        var before = DocumentExtractor.Extract(_lists).Documents;
        var old = IndexBuilder.Build(before);
        var changedLists = Apply(_lists, edit, old);
        var after = DocumentExtractor.Extract(changedLists).Documents;

        var warm = new WarmSearch { Documents = before, Index = old, Laws = _lists.Laws };
        var changed = warm.Changed(changedLists.Laws, after).ShouldNotBeNull();
        // The edited file is read again: all its entries are new objects, but only those whose content changed count.
        changed.Count.ShouldBe(edit switch { "same-text" => 0, "two-files" => 2, _ => 1 }, "entries read again with the same content are not changed");
        var patch = IndexPatcher.TryPatch(old, after, changed, before).ShouldNotBeNull();
        var full = IndexBuilder.Build(after);

        patch.Index.Terms.ShouldBe(full.Terms);
        patch.Index.LengthSums.ShouldBe(full.LengthSums);
        patch.Index.PostingCount.ShouldBe(full.PostingCount);
        for (var t = 0; t < full.TermCount; t++)
        {
            patch.Index.PostingList(t).ShouldBe(full.PostingList(t), full.Terms[t]);
        }

        patch.Changed.ShouldBe(edit switch { "same-text" => 0, "two-files" => 2, _ => 1 });
        if (edit == "same-text")
        {
            patch.Touched.ShouldBeEmpty();
        }

        if (edit == "cross-bucket")
        {
            patch.Rescanned.ShouldBeGreaterThan(15, "a term that crossed an idf bucket has every posting scored again");
        }

        // Every term outside the touched ones has the very same postings as before.
        foreach (var term in old.Terms.Where(t => !patch.Touched.Contains(t)).Take(2000))
        {
            full.Postings[term].ShouldBe(old.Postings[term], term);
        }
    }

    [Fact]
    public void Documents_added_deleted_or_under_other_laws_are_not_patched()
    {
        var docs = DocumentExtractor.Extract(_lists).Documents;
        var warm = new WarmSearch { Documents = docs, Index = IndexBuilder.Build(docs), Laws = _lists.Laws };
        var file = _lists.Files[0];
        var deleted = _lists with { Files = _lists.Files.SetItem(0, file with { Entries = file.Entries.RemoveAt(0) }) };
        warm.Changed(deleted.Laws, DocumentExtractor.Extract(deleted).Documents).ShouldBeNull();
        var otherLaws = _lists with { Laws = [.. _lists.Laws.Select(l => l with { })] };
        warm.Changed(otherLaws.Laws, DocumentExtractor.Extract(otherLaws).Documents).ShouldBeNull();
        warm.Changed(_lists.Laws, DocumentExtractor.Extract(_lists).Documents).ShouldBe([]);
    }

    /// <summary>The edits, and one that changes hundreds of terms (too many documents to rescore for a patch: built in full).</summary>
    public static TheoryData<string> AllEdits => new() { "same-text", "edit-name", "edit-text", "new-words", "cross-bucket", "two-files", "replace-text" };

    [Theory]
    [MemberData(nameof(AllEdits))]
    public void A_warm_build_after_an_edit_writes_the_files_of_a_clean_build(string edit)
    {
        var site = Path.Combine(_dir, "site");
        var clean = Path.Combine(_dir, "clean");
        var warm = new WarmBuild();
        Build(_lists, site, warm);
        var changed = Apply(_lists, edit, IndexBuilder.Build(DocumentExtractor.Extract(_lists).Documents));
        var old = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Build(changed, site, warm);
        Build(changed, clean, null);

        var expected = SiteTestSupport.Snapshot(clean);
        var actual = SiteTestSupport.Snapshot(site);
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).ShouldBeTrue(path);
        }

        // An edit of one entry writes few index files (the manifest among them); the others keep their time stamp.
        var written = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Count(f => File.GetLastWriteTimeUtc(f) != old);
        if (edit != "replace-text")
        {
            written.ShouldBeLessThan(expected.Count / 10, $"{edit}: {written} of {expected.Count} written");
        }

        written.ShouldBeGreaterThan(edit == "same-text" ? 0 : 2, "the manifest, and for a real edit a dictionary shard and a document shard");
        warm.Search.Index.ShouldNotBeNull();
    }

    [Fact]
    public void A_failed_build_forgets_the_warm_index()
    {
        var warm = new WarmBuild();
        var site = Path.Combine(_dir, "site");
        Build(_lists, site, warm);
        warm.Search.Index.ShouldNotBeNull();
        var pipeline = new SitePipeline([new SearchIndexContributor(), new Throwing()]) { Warm = warm };
        Should.Throw<InvalidOperationException>(() => pipeline.Build(_lists, Array.Empty<Diagnostic>(), site));
        warm.Search.Index.ShouldBeNull();
    }

    private static SiteBuildResult Build(ListSet lists, string site, WarmBuild? warm)
    {
        var result = new SitePipeline([new SearchIndexContributor()]) { Warm = warm }.Build(lists, Array.Empty<Diagnostic>(), site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
        return result;
    }

    private static ListSet Apply(ListSet lists, string edit, InvertedIndex index)
    {
        var file = lists.Files[0];
        var entries = file.Entries;
        var entry = entries[2];
        entries = edit switch
        {
            "same-text" => entries.SetItem(2, entry with { }),
            "edit-name" => entries.SetItem(2, entry with { Name = entry.Name + "（已修改）" }),
            "edit-text" => entries.SetItem(2, entry with { Accountability = entry.Accountability + "未依法履行职责的。" }),
            "replace-text" => entries.SetItem(2, entry with { Accountability = "修改后的追责情形：未依法履行职责的。" }),
            "new-words" => entries.SetItem(2, entry with { Name = "对擅自改变qzxwv设施用途的处罚（zyxwv试行）" }),
            "cross-bucket" => entries.SetItem(2, entry with { Name = entry.Name + BucketTerm(index, DocId(lists, entry)) }),
            "two-files" => entries.SetItem(2, entry with { Name = entry.Name + "（修订）" }),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
        var files = lists.Files.SetItem(0, file with { Entries = entries });
        if (edit == "two-files")
        {
            var other = files[1];
            files = files.SetItem(1, other with { Entries = other.Entries.SetItem(0, other.Entries[0] with { Subject = "公民、法人和其他组织" }) });
        }

        return lists with { Files = files };
    }

    /// <summary>A two-character term in 17 to 31 documents (where every added document moves it to another idf bucket) that the document lacks.</summary>
    private static int DocId(ListSet lists, Entry entry) =>
        DocumentExtractor.Extract(lists).Documents.Select(d => d.Code).ToList().IndexOf(entry.Code);

    private static string BucketTerm(InvertedIndex index, int doc)
    {
        for (var t = 0; t < index.TermCount; t++)
        {
            var term = index.Terms[t];
            if (term.Length == 2 && char.IsLetter(term[0]) && term[0] > 0x4E00 && term[1] > 0x4E00 && index.Count(t) is >= 17 and <= 31
                && !index.PostingList(t).Any(p => p.Doc == doc))
            {
                return term;
            }
        }

        throw new InvalidOperationException("no term in 17 to 31 documents");
    }

    private sealed class Throwing : PowerList.Output.ISiteContributor
    {
        public string Name => "throwing";

        public IEnumerable<PowerList.Output.OutputFile> Contribute(ListSet lists) => throw new InvalidOperationException("a bug");
    }
}
