using System.Globalization;
using PowerList.Export;
using PowerList.Model;
using PowerList.Tests.Search;

namespace PowerList.Tests.Export;

/// <summary>
/// The officials' table of 2,000 generated entries, whose rows are made on several threads a run of entries each:
/// every entry's rows together, in the entries' order, as many as its longest list, numbered within its category,
/// and the same table every time.
/// </summary>
public sealed class ExportTableTests(GeneratedLists generated) : IClassFixture<GeneratedLists>
{
    [Fact]
    public void Rows_follow_the_entries_in_order_numbered_within_their_category()
    {
        var lists = PublishedLists.Of(generated.Lists);
        var entries = lists.PublicEntries.ToList();
        entries.Count.ShouldBeGreaterThan(1024); // more than one run of entries

        var table = ExportTable.Build(lists, entries, false);

        var at = 0;
        var seq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var count = new[] { 1, e.SubItems.Length, e.Levels.Length, e.Responsibilities.Length }.Max();
            var number = (seq[e.Category] = seq.GetValueOrDefault(e.Category) + 1).ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++, at++)
            {
                var row = table.Rows[at];
                row.Entry.ShouldBeSameAs(e);
                row["序号"].ShouldBe(number);
                row["编码"].ShouldBe(e.Code);
                row["子项编码"].ShouldBe(i < e.SubItems.Length ? e.SubItems[i].Code : "");
            }
        }

        at.ShouldBe(table.Rows.Length);
    }

    [Fact]
    public void The_same_entries_give_the_same_table()
    {
        var lists = PublishedLists.Of(generated.Lists);
        var entries = lists.PublicEntries.ToList();

        var first = ExportTable.Build(lists, entries, false);
        var second = ExportTable.Build(lists, entries, false);

        second.Columns.ShouldBe(first.Columns);
        CsvExporter.Write(second).ShouldBe(CsvExporter.Write(first));
    }

    [Fact]
    public void A_cancelled_build_throws_as_cancelled()
    {
        var lists = PublishedLists.Of(generated.Lists);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => ExportTable.Build(lists, lists.PublicEntries, false, cancelled.Token));
    }
}
