using System.Security.Cryptography;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// The releases kept with one lists folder: <c>releases.yaml</c> and <c>releases/&lt;version&gt;.json</c>.
/// Creates releases (never overwriting one), loads them back as <see cref="ListSet"/>s, and verifies digests.
/// </summary>
public sealed class ReleaseStore
{
    public ReleaseStore(string listsRoot)
    {
        ListsRoot = listsRoot;
    }

    public string ListsRoot { get; }

    public string ManifestPath => Path.Combine(ListsRoot, SnapshotFormat.ManifestFile);

    public string SnapshotFile(string version) => Path.Combine(ListsRoot, SnapshotFormat.Folder, version + ".json");

    public ReleaseManifest ReadManifest(DiagnosticBag diagnostics) => ReleaseManifestReader.Read(ManifestPath, diagnostics);

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Freezes <paramref name="lists"/> as release <paramref name="request"/> (version, date, title, document).
    /// Returns the recorded release, or null with diagnostics (bad name or date, release exists, manifest broken).
    /// </summary>
    public ReleaseInfo? Create(ListSet lists, ReleaseInfo request, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.OfFile(ManifestPath);
        if (!VersionNames.IsValid(request.Version))
        {
            diagnostics.Error(SourceLocation.None, VersionDiagnostics.BadVersion,
                $"版本名“{request.Version}”不合格：只能用字母、数字、点、下划线和连字符，以字母或数字开头，最多 32 个字符，且不能是 current");
            return null;
        }

        if (!VersionNames.IsValidDate(request.Date))
        {
            diagnostics.Error(SourceLocation.None, VersionDiagnostics.BadDate, $"日期“{request.Date}”无效，应写成 YYYY-MM-DD");
            return null;
        }

        var manifest = ReadManifest(diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var snapshotPath = SnapshotFile(request.Version);
        if (manifest.Find(request.Version) is { } existing)
        {
            diagnostics.Error(existing.Location, VersionDiagnostics.ReleaseExists,
                $"版本“{request.Version}”已经发布，发布后的快照不可改写；请换一个版本名");
            return null;
        }

        if (File.Exists(snapshotPath))
        {
            diagnostics.Error(SourceLocation.OfFile(snapshotPath), VersionDiagnostics.ReleaseExists,
                $"快照文件已存在（但不在 releases.yaml 中），不会覆盖；请先核实这个文件的来历");
            return null;
        }

        var release = request with
        {
            Entries = lists.Entries.Count(),
            PublicEntries = lists.PublicEntries.Count(),
        };
        var bytes = SnapshotWriter.Write(lists, release);
        release = release with { Sha256 = Sha256Hex(bytes) };
        Directory.CreateDirectory(Path.GetDirectoryName(snapshotPath)!);
        using (var stream = new FileStream(snapshotPath, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(bytes);
        }

        WriteAtomically(ManifestPath, ReleaseManifestWriter.Write(manifest.Releases.Add(release)));
        return release;
    }

    /// <summary>Loads release <paramref name="version"/> as lists, or null with diagnostics.</summary>
    public ListSet? Load(ReleaseInfo release, DiagnosticBag diagnostics)
    {
        var path = SnapshotFile(release.Version);
        if (!File.Exists(path))
        {
            diagnostics.Error(release.Location, VersionDiagnostics.SnapshotMissing, $"找不到版本 {release.Version} 的快照 {release.SnapshotPath}");
            return null;
        }

        return SnapshotReader.Read(File.ReadAllBytes(path), path, ListsRoot, diagnostics);
    }

    /// <summary>
    /// Recomputes every snapshot's digest: an error for each snapshot that no longer matches releases.yaml, is
    /// missing, disagrees with its own release record, or lies in releases/ without being recorded.
    /// </summary>
    public ReleaseManifest Verify(DiagnosticBag diagnostics) => Verify(diagnostics, out _);

    /// <summary>As <see cref="Verify(DiagnosticBag)"/>; <paramref name="verified"/> are the releases that passed.</summary>
    public ReleaseManifest Verify(DiagnosticBag diagnostics, out IReadOnlyList<ReleaseInfo> verified)
    {
        var manifest = ReadManifest(diagnostics);
        var passed = new List<ReleaseInfo>();
        foreach (var release in manifest.Releases)
        {
            if (VerifyOne(release, diagnostics))
            {
                passed.Add(release);
            }
        }

        verified = passed;
        var folder = Path.Combine(ListsRoot, SnapshotFormat.Folder);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var version = name.EndsWith(".json", StringComparison.Ordinal) ? name[..^5] : "";
                if (manifest.Find(version) is null)
                {
                    diagnostics.Error(SourceLocation.OfFile(file), VersionDiagnostics.SnapshotNotListed,
                        $"{SnapshotFormat.Folder}/{name} 不在 releases.yaml 中：不是 powerlist release 写出的快照，或记录被删除");
                }
            }
        }

        return manifest;
    }

    /// <summary>True when the release's snapshot exists and matches its recorded digest and its own record.</summary>
    public bool VerifyOne(ReleaseInfo release, DiagnosticBag diagnostics)
    {
        var path = SnapshotFile(release.Version);
        if (!File.Exists(path))
        {
            diagnostics.Error(release.Location, VersionDiagnostics.SnapshotMissing,
                $"找不到版本 {release.Version} 的快照 {release.SnapshotPath}");
            return false;
        }

        var bytes = File.ReadAllBytes(path);
        var actual = Sha256Hex(bytes);
        if (!string.Equals(actual, release.Sha256, StringComparison.Ordinal))
        {
            diagnostics.Error(release.Sha256Location, VersionDiagnostics.DigestMismatch,
                $"版本 {release.Version} 的快照 {release.SnapshotPath} 已被改动：记录的 SHA-256 为 {release.Sha256}，实际为 {actual}");
            return false;
        }

        var inner = SnapshotReader.ReadRelease(bytes);
        if (inner is null || inner.Version != release.Version || inner.Date != release.Date)
        {
            diagnostics.Error(release.Location, VersionDiagnostics.SnapshotMismatch,
                $"快照 {release.SnapshotPath} 内记录的版本或日期与 releases.yaml 不一致");
            return false;
        }

        return true;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
