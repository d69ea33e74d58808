using System.Text.Json;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// The entry and sub-item codes of every snapshot under <c>lists/releases/</c>. A merged or renumbered entry names,
/// in <c>replaces</c>, codes that are gone from the current lists but live on in the published releases.
/// </summary>
public static class PublishedCodes
{
    public static IReadOnlySet<string> Of(string listsRoot)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var folder = Path.Combine(listsRoot, SnapshotFormat.Folder);
        if (listsRoot.Length == 0 || !Directory.Exists(folder))
        {
            return codes;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
                if (!doc.RootElement.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var entry in entries.EnumerateArray())
                {
                    Add(codes, entry);
                    if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("sub_items", out var subs) && subs.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var sub in subs.EnumerateArray())
                        {
                            Add(codes, sub);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A broken snapshot is reported by powerlist verify; it names no codes here.
            }
        }

        return codes;
    }

    private static void Add(HashSet<string> codes, JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
        {
            codes.Add(code.GetString()!);
        }
    }
}
