using System.Collections.Immutable;
using System.Text.Json;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// What a JSON writer of the field table (<see cref="FieldJson"/>) does with empty keys and citations: the JSON export
/// and the snapshot walk the same table and differ only here.
/// </summary>
public sealed record FieldJsonRules
{
    /// <summary>Write <see cref="FieldSpec.Always"/> texts even when empty (the export's <c>code</c> and <c>name</c>).</summary>
    public bool WriteAlways { get; init; }

    /// <summary>Leave out an object that holds nothing (<see cref="RecordTable.HasContent"/>); otherwise every present object is written.</summary>
    public bool OmitEmptyObjects { get; init; }

    /// <summary>Writes a non-empty citations field under its key; null: as records of the citation table.</summary>
    public Action<Utf8JsonWriter, string, ImmutableArray<Sourced>>? Citations { get; init; }
}
