using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// Writes <c>lists/releases.yaml</c>: releases in date order (then version), fixed key order, strings in double
/// quotes (JSON string escapes are valid YAML), UTF-8 without BOM, LF.
/// </summary>
public static class ReleaseManifestWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(IEnumerable<ReleaseInfo> releases)
    {
        var sb = new StringBuilder();
        sb.Append("# Published releases of these lists, written by `powerlist release`. Do not edit by hand:\n");
        sb.Append("# `powerlist verify` checks each snapshot under releases/ against its sha256.\n");
        sb.Append("releases:\n");
        foreach (var r in ReleaseManifest.Ordered(releases))
        {
            sb.Append("  - version: ").Append(Quote(r.Version)).Append('\n');
            sb.Append("    date: ").Append(Quote(r.Date)).Append('\n');
            sb.Append("    title: ").Append(Quote(r.Title)).Append('\n');
            sb.Append("    document: ").Append(Quote(r.Document)).Append('\n');
            sb.Append("    snapshot: ").Append(Quote(r.SnapshotPath)).Append('\n');
            sb.Append("    sha256: ").Append(Quote(r.Sha256)).Append('\n');
            sb.Append("    entries: ").Append(r.Entries.ToString(CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("    public_entries: ").Append(r.PublicEntries.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    private static string Quote(string s) => JsonSerializer.Serialize(s, Quoting);
}
