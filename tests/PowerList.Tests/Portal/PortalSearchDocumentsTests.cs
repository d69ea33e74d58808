using PowerList.Portal;
using PowerList.Search.Indexing;

namespace PowerList.Tests.Portal;

/// <summary>
/// A part's search documents (<see cref="PortalSearchDocuments"/>): what <c>serve</c> hands to the portal in memory
/// (what <see cref="PortalSearchDocuments.Write(PowerList.Model.ListSet, Stream)"/> returns) is exactly what reading the written file back gives.
/// </summary>
public sealed class PortalSearchDocumentsTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal");

    [Fact]
    public void The_part_handed_over_in_memory_equals_the_file_read_back()
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
