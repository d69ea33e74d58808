using System.Collections.Immutable;
using System.Text.Json;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// A snapshot's JSON object read through a record's field table (<see cref="IFieldReader"/>): values of the wrong
/// JSON kind read as defaults, every nested record's source is the snapshot file.
/// </summary>
internal sealed class SnapshotFields(JsonElement element, RecordTable table, SourceInfo source) : IFieldReader
{
    private string Key(int index) => table.Fields[index].Key;

    private JsonElement? Get(int index, JsonValueKind kind) =>
        element.TryGetProperty(Key(index), out var v) && v.ValueKind == kind ? v : null;

    public string Text(int index) => Get(index, JsonValueKind.String)?.GetString() ?? "";

    public bool Boolean(int index, bool absent) =>
        element.TryGetProperty(Key(index), out var v) ? v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => absent,
        } : absent;

    public ImmutableArray<string> TextList(int index) =>
        Get(index, JsonValueKind.Array) is { } a
            ? [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString() ?? "")]
            : [];

    public ImmutableSortedDictionary<string, string> TextMap(int index) =>
        Get(index, JsonValueKind.Object) is { } o
            ? o.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToImmutableSortedDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public T? Object<T>(int index, RecordTable<T> item)
        where T : Sourced =>
        Get(index, JsonValueKind.Object) is { } o ? item.Read(new SnapshotFields(o, item, source), source) : null;

    public ImmutableArray<T> Objects<T>(int index, RecordTable<T> item)
        where T : Sourced =>
        Get(index, JsonValueKind.Array) is { } a
            ? [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).Select(x => item.Read(new SnapshotFields(x, item, source), source))]
            : [];

    public ImmutableArray<Citation> Citations(int index, RecordTable<Citation> item) => Objects(index, item);
}
