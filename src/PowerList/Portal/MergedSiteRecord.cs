namespace PowerList.Portal;

/// <summary>
/// The record beside a portal's parts (<c>&lt;out&gt;.parts/.merged</c>) of the site a completed <c>build</c> made: its
/// folder, the part folders it was made from and the stamp of each part's <c>part.json</c> then. The next <c>build</c>
/// (not <c>--clean</c>) updates that site in place (<see cref="PortalSiteUpdate"/>), syncing only the parts rebuilt since
/// (<see cref="RebuiltSince"/>); an update forgets the record when it starts, so one stopped half-way is merged anew.
/// </summary>
public static class MergedSiteRecord
{
    /// <summary>
    /// The file beside the parts (<c>&lt;out&gt;.parts/.merged</c>, never in the site; a dot file, so <c>merge out.parts/*</c> does not take it for a part) that names the site a completed
    /// <c>build</c> made and the part folders it made it from; deleted when an update starts, written when a build ends.
    /// </summary>
    public const string Marker = ".merged";

    /// <summary>Whether <paramref name="outputFolder"/> is a complete site a build made from <paramref name="partSet"/> (the part folders), as recorded in <paramref name="partsRoot"/>.</summary>
    public static bool MadeFrom(string partsRoot, string outputFolder, string partSet) =>
        Directory.Exists(outputFolder) && Lines(partsRoot) is { } lines && lines.Length >= 2 && lines[0] + "\n" + lines[1] == Site(outputFolder, partSet);

    /// <summary>
    /// Records in <paramref name="partsRoot"/> that <paramref name="outputFolder"/> is complete, made from <paramref name="partSet"/>,
    /// with the stamp (length, time) of each part's record (<c>part.json</c>) as the site holds it.
    /// </summary>
    public static void Write(string partsRoot, string outputFolder, string partSet, IEnumerable<(PortalPart Part, string Folder)> parts)
    {
        var marker = Path.Combine(partsRoot, Marker);
        Directory.CreateDirectory(partsRoot);
        var text = new System.Text.StringBuilder(Site(outputFolder, partSet));
        foreach (var (part, folder) in parts)
        {
            text.Append('\n').Append(part.Id).Append('\t').Append(RecordStamp(folder));
        }

        File.WriteAllText(marker + ".powerlist-tmp", text.ToString());
        File.Move(marker + ".powerlist-tmp", marker, overwrite: true);
    }

    /// <summary>
    /// The parts whose record (<c>part.json</c>) is not the one <see cref="Write"/>
    /// noted: built again since the site was completed (by this build, or by another process with <c>build --part</c>). A
    /// part build deletes its record first and writes it last, so a part built since has a record of another time; only
    /// these parts' <c>j/&lt;id&gt;/</c> can differ from their site (the others' files are not looked at).
    /// </summary>
    public static HashSet<string> RebuiltSince(string partsRoot, IEnumerable<(PortalPart Part, string Folder)> parts)
    {
        var noted = (Lines(partsRoot) ?? []).Skip(2).Select(l => l.Split('\t')).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return [.. parts.Where(p => noted.GetValueOrDefault(p.Part.Id) != RecordStamp(p.Folder)).Select(p => p.Part.Id)];
    }

    /// <summary>Forgets the record (<see cref="Write"/>): an update in place is starting.</summary>
    public static void Forget(string partsRoot) => File.Delete(Path.Combine(partsRoot, Marker));

    private static string Site(string outputFolder, string partSet) => Path.GetFullPath(outputFolder) + "\n" + partSet;

    private static string RecordStamp(string partFolder) => PortalWarm.Stamp(Path.Combine(partFolder, PartRecord.FileName));

    private static string[]? Lines(string partsRoot)
    {
        var marker = Path.Combine(partsRoot, Marker);
        return File.Exists(marker) ? File.ReadAllText(marker).Split('\n') : null;
    }
}
