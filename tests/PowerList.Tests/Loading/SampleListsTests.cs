using PowerList.Format;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Tests.Loading;

public class SampleListsTests
{
    [Fact]
    public void Sample_is_clean()
    {
        var result = ListCheck.Run(RepoPaths.SampleLists);
        result.Diagnostics.Select(d => d.Format(RepoPaths.SampleLists)).ShouldBeEmpty();
        result.Lists.Departments.Length.ShouldBe(3);
        result.Lists.Entries.Count().ShouldBe(11);
        result.Lists.Entries.Count(e => !e.Public).ShouldBe(1);
        result.Lists.PublicEntries.Count().ShouldBe(10);
        result.Lists.PublicEntries.Count(e => !e.IsInForce).ShouldBe(1);
        result.Lists.Laws.Count(l => l.Status == ListFormat.LawRepealed).ShouldBe(1);
    }

    [Fact]
    public void Sample_uses_every_key_of_every_shape()
    {
        var result = ListLoader.Load(RepoPaths.SampleLists);
        var used = new HashSet<(string Shape, string Key)>();
        foreach (var record in Records(result.Lists))
        {
            var shape = ModelBinder.ShapeOf(record);
            foreach (var key in record.Source.Fields.Keys.Where(k => !k.Contains('[')))
            {
                used.Add((shape.Name, key));
            }
        }

        used.Add(("categories_file", "categories"));
        used.Add(("departments_file", "departments"));
        used.Add(("laws_file", "laws"));
        used.Add(("synonyms_file", "synonyms"));
        used.Add(("site", "parent")); // only a portal's jurisdictions have a parent: tests/fixtures/portal (PortalCommandTests)
        var all = ListFormat.SchemaFiles.SelectMany(f => Shapes(f.Root)).Distinct()
            .SelectMany(s => s.Fields.Select(f => (s.Name, f.Key)));
        all.Where(k => !used.Contains(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Folders_named_in_the_sample_match_the_place_of_entries()
    {
        var result = ListLoader.Load(RepoPaths.SampleLists);
        foreach (var file in result.Lists.Files)
        {
            file.Entries.ShouldAllBe(e => e.Department == file.Department && e.Category == file.Category);
        }
    }

    private static IEnumerable<Shape> Shapes(Shape shape) =>
        new[] { shape }.Concat(shape.Fields.Where(f => f.Item is not null).SelectMany(f => Shapes(f.Item!)));

    private static IEnumerable<Sourced> Records(ListSet lists)
    {
        yield return lists.Site;
        foreach (var r in lists.Categories.Cast<Sourced>().Concat(lists.Departments).Concat(lists.Laws).Concat(lists.Synonyms))
        {
            yield return r;
        }

        if (lists.Catalogue is { } catalogue)
        {
            yield return catalogue;
            foreach (var item in catalogue.Items)
            {
                yield return item;
            }
        }

        foreach (var file in lists.Files)
        {
            yield return file;
            foreach (var e in file.Entries)
            {
                yield return e;
                foreach (var r in e.SubItems.Cast<Sourced>().Concat(e.Basis).Concat(e.SubItems.SelectMany(s => s.Basis)).Concat(e.Levels)
                             .Concat(e.Responsibilities).Concat(e.Adjustments).Concat(e.Process?.Steps ?? []))
                {
                    yield return r;
                }

                foreach (var r in new Sourced?[] { e.Process, e.Fees, e.Supervision, e.Ended })
                {
                    if (r is not null)
                    {
                        yield return r;
                    }
                }
            }
        }
    }
}
