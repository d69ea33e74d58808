using System.Globalization;
using PowerList.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PowerList.Versions.Snapshots;

/// <summary>Reads <c>lists/releases.yaml</c> with the position of each record for diagnostics.</summary>
public static class ReleaseManifestReader
{
    private static readonly string[] Keys = ["version", "date", "title", "document", "snapshot", "sha256", "entries", "public_entries"];

    /// <summary>The manifest; a missing file is an empty manifest. Problems are added to <paramref name="diagnostics"/>.</summary>
    public static ReleaseManifest Read(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return ReleaseManifest.Empty;
        }

        var text = File.ReadAllText(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Error(At(path, ex.Start), VersionDiagnostics.ManifestSyntax, $"YAML 语法错误：{ex.Message}");
            return ReleaseManifest.Empty;
        }

        if (stream.Documents.Count == 0)
        {
            return ReleaseManifest.Empty;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map ||
            !map.Children.TryGetValue(new YamlScalarNode("releases"), out var list) ||
            list is not YamlSequenceNode seq)
        {
            diagnostics.Error(At(path, root.Start), VersionDiagnostics.ManifestStructure, "releases.yaml 应有一个 releases: 列表");
            return ReleaseManifest.Empty;
        }

        var result = new List<ReleaseInfo>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var node in seq.Children)
        {
            var at = At(path, node.Start);
            if (node is not YamlMappingNode item)
            {
                diagnostics.Error(at, VersionDiagnostics.ManifestStructure, "每个发布版本应是一组“键: 值”");
                continue;
            }

            var values = new Dictionary<string, (string Value, SourceLocation At)>(StringComparer.Ordinal);
            foreach (var (k, v) in item.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? "";
                if (!Keys.Contains(key))
                {
                    diagnostics.Error(At(path, k.Start), VersionDiagnostics.ManifestStructure, $"未知的键“{key}”");
                    continue;
                }

                if (v is not YamlScalarNode scalar)
                {
                    diagnostics.Error(At(path, v.Start), VersionDiagnostics.ManifestStructure, $"“{key}”应为文本");
                    continue;
                }

                values[key] = (scalar.Value ?? "", At(path, v.Start));
            }

            string Get(string key) => values.TryGetValue(key, out var x) ? x.Value : "";
            SourceLocation Pos(string key) => values.TryGetValue(key, out var x) ? x.At : at;
            var release = new ReleaseInfo
            {
                Version = Get("version"),
                Date = Get("date"),
                Title = Get("title"),
                Document = Get("document"),
                Sha256 = Get("sha256"),
                Entries = int.TryParse(Get("entries"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
                PublicEntries = int.TryParse(Get("public_entries"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0,
                Location = at,
                Sha256Location = Pos("sha256"),
            };
            if (!VersionNames.IsValid(release.Version))
            {
                diagnostics.Error(Pos("version"), VersionDiagnostics.BadVersion,
                    $"版本名“{release.Version}”不合格：只能用字母、数字、点、下划线和连字符，以字母或数字开头，最多 32 个字符");
                continue;
            }

            if (!VersionNames.IsValidDate(release.Date))
            {
                diagnostics.Error(Pos("date"), VersionDiagnostics.BadDate, $"日期“{release.Date}”无效，应写成 YYYY-MM-DD");
            }

            if (values.ContainsKey("snapshot") && Get("snapshot") != release.SnapshotPath)
            {
                diagnostics.Error(Pos("snapshot"), VersionDiagnostics.ManifestStructure,
                    $"版本 {release.Version} 的快照应为 {release.SnapshotPath}，实际写的是 {Get("snapshot")}");
            }

            if (seen.TryGetValue(release.Version, out var first))
            {
                diagnostics.Error(Pos("version"), VersionDiagnostics.DuplicateVersion,
                    $"版本“{release.Version}”重复，另见第 {first.Line} 行");
                continue;
            }

            seen[release.Version] = Pos("version");
            result.Add(release);
        }

        return new ReleaseManifest([.. ReleaseManifest.Ordered(result)]);
    }

    private static SourceLocation At(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);
}
