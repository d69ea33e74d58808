using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PowerList.Diagnostics;
using PowerList.Export;
using PowerList.Export.OpenData;
using PowerList.Format;
using PowerList.Import;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Tests.Versions;
using PowerList.Validation;
using PowerList.Versions.Diffing;
using PowerList.Versions.Snapshots;
using PowerList.Writing;

namespace PowerList.Tests.Format;

/// <summary>
/// Every text field of the entry's field table (<see cref="EntryFields"/>), of the entry or of its nested records, set
/// through the table alone, reaches every consumer: canonical YAML and the loader, JSON export, entries.csv and
/// datapackage.json (fields with a data description), the officials' table (fields with a table column), the
/// snapshot (write and read), the diff (compared fields) and validation's text fields. A field added to the table
/// is one more case here without an edit (docs/architecture.md, "Adding a field to an entry").
/// </summary>
public sealed class EntryFieldsTests
{
    private const string Marker = "表中字段测试值";

    private static readonly ReleaseInfo Release = new() { Version = "2024", Date = "2024-12-31", Title = "t", Document = "d" };

    /// <summary><c>key</c> of an entry's text field, or <c>key.sub</c> of a text field of its object or of its list's first item.</summary>
    public static TheoryData<string> TextFields() => new(Paths());

    private static List<string> Paths()
    {
        var data = new List<string>();
        foreach (var f in EntryFields.Entry.Fields)
        {
            if (f.Kind == FieldKind.Text)
            {
                data.Add(f.Key);
            }
            else if (f.Kind is FieldKind.Object or FieldKind.ObjectList)
            {
                foreach (var g in f.Item!.Fields.Where(g => g.Kind == FieldKind.Text))
                {
                    data.Add(f.Key + "." + g.Key);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_table_has_the_text_fields_of_the_entry_and_its_records()
    {
        var cases = Paths();
        cases.ShouldContain("subject");
        cases.ShouldContain("process.statutory_limit");
        cases.ShouldContain("levels.scope");
        cases.ShouldContain("ended.reason");
        cases.Count.ShouldBeGreaterThan(30);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void A_text_field_of_the_table_reaches_every_consumer(string path)
    {
        var lists = SampleLists.Create();
        var before = lists.Files[0].Entries[0];
        var after = Set(before, path, Marker);
        Get(after, path).ShouldBe(Marker);
        var changed = lists with { Files = [lists.Files[0] with { Entries = [after, .. lists.Files[0].Entries.Skip(1)] }, .. lists.Files.Skip(1)] };
        var (top, sub) = Split(path);

        // Canonical YAML, read back by the loader.
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, after.Department));
        File.WriteAllText(Path.Combine(temp.Path, after.Department, after.Category + ".yaml"), ListYaml.ListFile(after.Department, after.Category, [after]));
        var loaded = ListLoader.Load(temp.Path).Lists.Entries.Single();
        Get(loaded, path).ShouldBe(Marker);

        // JSON export.
        using (var json = JsonDocument.Parse(JsonExporter.Write(changed, [after])))
        {
            var value = json.RootElement[0].GetProperty(top);
            if (sub is not null)
            {
                value = (value.ValueKind == JsonValueKind.Array ? value[0] : value).GetProperty(sub);
            }

            value.GetString().ShouldBe(Marker);
        }

        // Open data: a field with a data description is a column of entries.csv, described in datapackage.json.
        var spec = Spec(path);
        var files = OpenDataFiles.Of(changed, "测试", "").ToDictionary(f => f.Path, f => f.Bytes());
        if (spec.DataDescription is not null)
        {
            var csv = Encoding.UTF8.GetString(files["entries.csv"]).TrimStart('\uFEFF');
            csv[..csv.IndexOf('\n', StringComparison.Ordinal)].Split(',').ShouldContain(spec.Key);
            csv.ShouldContain(Marker);
            using var package = JsonDocument.Parse(files[DataPackage.Path]);
            var fields = package.RootElement.GetProperty("resources").EnumerateArray()
                .Single(r => r.GetProperty("name").GetString() == "entries").GetProperty("schema").GetProperty("fields").EnumerateArray();
            fields.Single(x => x.GetProperty("name").GetString() == spec.Key).GetProperty("description").GetString().ShouldBe(spec.DataDescription);
        }

        if (spec.TableColumn is { } column)
        {
            var table = ExportTable.Build(changed, [after], false);
            table.Columns.ShouldContain(column);
            table.Rows[0].Cells[column].ShouldBe(Marker);
        }

        // Snapshot: written, read back to the same value and the same bytes.
        var bytes = SnapshotWriter.Write(changed, Release);
        var back = SnapshotReader.Read(bytes, "/lists/releases/2024.json", "/lists", new DiagnosticBag())!;
        Get(back.Entries.Single(e => e.Code == after.Code), path).ShouldBe(Marker);
        SnapshotWriter.Write(back, Release).ShouldBe(bytes);

        // Diff: a compared field's change is a change of that field.
        var laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var changes = VersionComparer.CompareFields(before, after, laws, laws);
        if (EntryFields.Entry[top].Compared)
        {
            var change = changes.ShouldHaveSingleItem();
            change.Field.ShouldBe(top);
            change.After.ShouldContain(Marker);
        }
        else
        {
            changes.ShouldBeEmpty();
        }

        // Validation sees the text where it is.
        PowerList.Validation.TextFields.All(changed).Select(t => t.Value).ShouldContain(Marker);
    }

    /// <summary>The entry's texts the importer reads as they are: every text of the table that no column kind fills.</summary>
    public static TheoryData<string> PlainFields() => new(ColumnPolicy.PlainFields.Select(f => f.Key));

    [Fact]
    public void Import_recognises_every_text_of_the_entry_by_each_of_its_column_titles()
    {
        ColumnPolicy.PlainFields.Select(f => f.Key).ShouldContain("handler");
        foreach (var f in EntryFields.Entry.Fields.Where(f => f.Kind == FieldKind.Text))
        {
            foreach (var title in f.ColumnTitles)
            {
                var slot = HeaderSynonyms.Match(title);
                slot.ShouldNotBeNull($"{f.Key}: {title}");
                var filled = slot.Value.Kind == ColumnKind.Field ? EntryFields.Entry[slot.Value.Field] : ColumnPolicy.KindFields.Single(k => k.Kind == slot.Value.Kind).Field;
                filled.ShouldBeSameAs(f, $"{title} fills {filled.Key}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PlainFields))]
    public void A_plain_text_of_the_table_is_imported_from_a_column_of_its_title(string key)
    {
        var spec = EntryFields.Entry[key];
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "克拉玛依市商务局权责清单.csv"), $"序号,事项名称,权力类型,{spec.Title}\n1,对某行为的处罚,行政处罚,{Marker}\n", new UTF8Encoding(true));
        var result = Importer.Import(Importer.ExpandPaths([temp.Path]), new ImportOptions());
        var entry = result.Entries.ShouldHaveSingleItem();
        spec.Text(entry).ShouldBe(Marker);
        entry.Extra.ShouldBeEmpty();
    }

    [Fact]
    public void The_open_data_and_officials_columns_of_table_fields_come_in_table_order()
    {
        // The walk of the table: an entry's field, then its objects' and its lists' items' fields.
        var walk = EntryFields.Entry.Fields.SelectMany(f => f.Item is { } item ? [f, .. item.Fields] : new[] { f }).ToList();

        var csv = EntryColumns.For(includePrivate: true).Select(c => c.Field.Name).ToList();
        var keys = walk.Where(f => f.Kind is FieldKind.Text or FieldKind.TextList && f.DataDescription is not null).Select(f => f.Key).ToList();
        keys.Count.ShouldBeGreaterThan(10);
        keys.ShouldAllBe(k => csv.Contains(k));
        keys.Select(k => csv.IndexOf(k)).ShouldBeInOrder(SortDirection.Ascending);

        var lists = SampleLists.Create();
        var table = ExportTable.Build(lists, lists.Entries, includePublicColumn: true).Columns;
        var columns = walk.Select(f => f.TableColumn).OfType<string>().Where(c => table.Contains(c)).Distinct().ToList();
        columns.Count.ShouldBeGreaterThan(8);
        columns.Where(c => !ExportTable.BaseColumns.Contains(c)).Select(c => table.IndexOf(c)).ShouldBeInOrder(SortDirection.Ascending);
    }

    private static (string Top, string? Sub) Split(string path) =>
        path.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? (path[..dot], path[(dot + 1)..]) : (path, null);

    private static FieldSpec Spec(string path)
    {
        var (top, sub) = Split(path);
        var f = EntryFields.Entry[top];
        return sub is null ? f : f.Item![sub];
    }

    private static string Get(Entry e, string path)
    {
        var (top, sub) = Split(path);
        var f = EntryFields.Entry[top];
        if (sub is null)
        {
            return f.Text(e);
        }

        var owner = f.Kind == FieldKind.Object ? f.Object(e) : f.Items(e).FirstOrDefault();
        return owner is null ? "" : f.Item![sub].Text(owner);
    }

    /// <summary>Sets the value through the table's own binder hooks only (no property of the model named here).</summary>
    private static Entry Set(Entry e, string path, string value)
    {
        var (top, sub) = Split(path);
        var table = EntryFields.Entry;
        var index = table.Shape.IndexOf(top);
        var f = table.Fields[index];
        if (sub is null)
        {
            return Filled(e, f, new One(index, value), index);
        }

        var item = f.Item!;
        var subIndex = item.Shape.IndexOf(sub);
        var old = f.Kind == FieldKind.Object ? f.Object(e) : f.Items(e).FirstOrDefault();
        var record = Filled(old ?? item.Create(e.Source), item.Fields[subIndex], new One(subIndex, value), subIndex);
        return Filled(e, f, new One(index, record, f.Kind == FieldKind.Object ? [] : [.. f.Items(e).Skip(1)]), index);
    }

    /// <summary>A copy of <paramref name="record"/> with the field at <paramref name="index"/> set from <paramref name="reader"/>.</summary>
    private static T Filled<T>(T record, FieldSpec f, IFieldReader reader, int index)
        where T : Sourced
    {
        var copy = (T)((Sourced)record with { });
        f.Fill(copy, reader, index);
        return copy;
    }

    /// <summary>A reader with one value at one position and defaults elsewhere.</summary>
    private sealed class One(int index, object value, ImmutableArray<Sourced> rest = default) : IFieldReader
    {
        public string Text(int i) => i == index && value is string s ? s : "";

        public bool Boolean(int i, bool absent) => absent;

        public ImmutableArray<string> TextList(int i) => [];

        public ImmutableSortedDictionary<string, string> TextMap(int i) => ImmutableSortedDictionary<string, string>.Empty;

        public T? Object<T>(int i, RecordTable<T> item)
            where T : Sourced => i == index ? (T)value : null;

        public ImmutableArray<T> Objects<T>(int i, RecordTable<T> item)
            where T : Sourced => i == index ? [(T)value, .. rest.IsDefault ? [] : rest.Cast<T>()] : [];

        public ImmutableArray<Citation> Citations(int i, RecordTable<Citation> item) => [];
    }
}
