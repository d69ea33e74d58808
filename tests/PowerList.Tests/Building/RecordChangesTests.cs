using PowerList.Building.Dependencies;
using PowerList.Generation;
using PowerList.Model;
using PowerList.Tests.Site;

namespace PowerList.Tests.Building;

/// <summary>
/// Which records changed between two list sets (<see cref="RecordChanges"/>), found from which list files are new
/// objects, and which identities that says may hash otherwise. Through serve's rebuilds: WarmSiteTests
/// (<c>Serve_rebuilds_after_changes_only_some_records_see_equal_clean_builds</c>).
/// </summary>
public sealed class RecordChangesTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("changes");
    private readonly ListSet _lists;

    public RecordChangesTests()
    {
        ListGenerator.Generate(300, seed: 5, _dir); // two departments
        _lists = SiteTestSupport.Load(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_same_files_give_no_change_and_a_changed_file_names_its_entries_groups_and_laws()
    {
        var none = RecordChanges.Of(_lists, _lists with { Categories = [.. _lists.Categories] }).ShouldNotBeNull();
        (none.Files, none.Entries, none.PublishedChanged).ShouldBe((0, 0, false));
        _lists.PublicEntries.ShouldAllBe(e => !none.Touches(new Identity(IdentityKind.Entry, e.Code)));

        var file = _lists.Files[0];
        var edited = file.Entries[1];
        var cited = edited.Basis.First(c => c.IsStructured).Law;
        var after = With(file.Entries.SetItem(1, edited with { Name = edited.Name + "（改）" }));
        var changes = RecordChanges.Of(_lists, after).ShouldNotBeNull();
        changes.Files.ShouldBe(2, "the file as it was and as it is");
        changes.Entries.ShouldBe(2 * file.Entries.Length);
        changes.Gone.ShouldBe([file]);
        changes.Made.ShouldBe([after.Files[0]]);
        changes.PublishedChanged.ShouldBeFalse();
        changes.Touches(new Identity(IdentityKind.Entry, edited.Code)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.InCategory, edited.Category)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.InDepartment, edited.Department)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.Citing, cited)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.Total, "")).ShouldBeTrue("a total is always asked");
        changes.Touches(new Identity(IdentityKind.Law, cited)).ShouldBeFalse("the laws are the same objects");
        var other = after.Files.First(f => f.Department != file.Department);
        changes.Touches(new Identity(IdentityKind.Entry, other.Entries[0].Code)).ShouldBeFalse();
        changes.Touches(new Identity(IdentityKind.InDepartment, other.Department)).ShouldBeFalse();
        changes.Touches(new Identity(IdentityKind.InCategory, after.Categories.First(c => c.Code != file.Category).Code)).ShouldBeFalse();
    }

    [Fact]
    public void A_deleted_file_names_its_entries_and_a_code_made_private_changes_the_published_pages()
    {
        var deleted = _lists.Files[^1];
        var gone = RecordChanges.Of(_lists, _lists with { Files = _lists.Files.RemoveAt(_lists.Files.Length - 1) }).ShouldNotBeNull();
        gone.Gone.ShouldBe([deleted]);
        gone.Made.ShouldBeEmpty();
        gone.PublishedChanged.ShouldBeTrue();
        deleted.Entries.ShouldAllBe(e => gone.Code(e.Code));

        var file = _lists.Files[0];
        var hidden = RecordChanges.Of(_lists, With(file.Entries.SetItem(0, file.Entries[0] with { Public = false }))).ShouldNotBeNull();
        hidden.PublishedChanged.ShouldBeTrue();
        RecordChanges.Of(_lists, With(file.Entries.SetItem(0, file.Entries[0] with { Name = "改名" }))).ShouldNotBeNull().PublishedChanged.ShouldBeFalse();
    }

    [Fact]
    public void Any_other_record_changed_gives_no_answer()
    {
        RecordChanges.Of(_lists, _lists with { Site = _lists.Site with { Title = _lists.Site.Title + "（新）" } }).ShouldBeNull();
        RecordChanges.Of(_lists, _lists with { Laws = _lists.Laws.SetItem(0, _lists.Laws[0] with { Title = "改名的法" }) }).ShouldBeNull();
        RecordChanges.Of(_lists, _lists with { Departments = [.. _lists.Departments.Reverse()] }).ShouldBeNull();
        RecordChanges.Of(_lists, _lists with { Categories = _lists.Categories.RemoveAt(0) }).ShouldBeNull();
        RecordChanges.Of(_lists, _lists with { Root = "/other" }).ShouldBeNull();
    }

    private ListSet With(System.Collections.Immutable.ImmutableArray<Entry> entries) =>
        _lists with { Files = _lists.Files.SetItem(0, _lists.Files[0] with { Entries = entries }) };
}
