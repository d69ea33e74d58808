using PowerList.Diagnostics;
using PowerList.Portal;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>build</c> and <c>serve</c> of a portal (docs/format.md "Many jurisdictions"): open the portal, load and validate
/// one jurisdiction at a time and print every diagnostic; with an error anywhere stop there, nothing built. Else build
/// each part with the default site pipeline into <c>&lt;out&gt;.parts/&lt;id&gt;/</c> (kept, so the next build redoes only
/// what changed), loading it again and letting it go, so memory follows the biggest jurisdiction, not the portal; then
/// merge the parts into the site (<see cref="PortalMerge"/>). Unless <see cref="Clean"/>, a jurisdiction whose inputs
/// are those its part was built from (<see cref="PartInputs"/>, on disk: across processes) is neither loaded nor built;
/// its diagnostics are the part's stored ones. With <see cref="Jurisdiction"/> and <see cref="PartOnly"/>: only that jurisdiction's part,
/// into the output folder. With <see cref="Warm"/> (<c>serve</c>, one runner for every rebuild): a jurisdiction whose
/// files and the portal's shared files and templates are as at its last good build is not loaded again, and the site
/// is updated in place for the rebuilt ones (<see cref="PortalSiteUpdate"/>) instead of merged anew.
/// </summary>
internal sealed partial class PortalBuildRunner(string lists, string output, TemplateSource templates)
{
    public string? Jurisdiction { get; init; }

    public bool PartOnly { get; init; }

    public bool Clean { get; init; }

    public bool Precompress { get; init; }

    public bool Preview { get; init; }

    public bool ShowPrivate { get; init; }

    /// <summary>Delete the replaced site on a background task (serve) instead of before returning.</summary>
    public bool RemoveOldInBackground { get; init; }

    /// <summary>Hand the replaced site to a detached <c>rm -rf</c> (<c>build --detach-cleanup</c>).</summary>
    public bool DetachCleanup { get; init; }

    /// <summary>Keep what the last runs learnt (serve): see the class summary.</summary>
    public bool Warm { get; init; }

    /// <summary>Where loading, validating and building each part are timed (<c>build --timings</c>), if anywhere.</summary>
    public TimingLog? Timings { get; init; }

    public IReadOnlyList<Diagnostic> LastErrors { get; private set; } = [];

    /// <summary>The ids of the jurisdictions the last run loaded and built (the others were unchanged).</summary>
    public IReadOnlyList<string> LastRebuilt { get; private set; } = [];

    /// <summary>Whether the last run updated the site in place rather than merging it anew.</summary>
    public bool LastUpdatedInPlace { get; private set; }

    /// <summary>How many jurisdictions serve keeps warm (<see cref="PartWarmth"/>): the ones edited last.</summary>
    internal const int WarmJurisdictions = 4;

    private readonly Dictionary<string, Built> _built = new(StringComparer.Ordinal);
    private readonly List<(string Id, PartWarmth Warmth)> _warmth = [];
    private string? _sharedStamp;
    private PortalShared? _shared;
    private string? _mergedSet;
    private TemplateSet? _compiled;
    private PortalWarm? _portalWarm;

    /// <summary>A jurisdiction's last good build in this process: the stamp of its files then, and its diagnostics as found and as shown.</summary>
    private sealed record Built(string Stamp, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Shown);

    /// <summary>A jurisdiction checked and to be built: where, from what (its key, <see cref="PartInputs"/>), its diagnostics as found, shown and stored.</summary>
    private sealed record Pending(string Id, string Folder, string? Stamp, string Key, PartWarmth? Warmth, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Shown, IReadOnlyList<Diagnostic> Stored);

    public int Run(TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        LastErrors = [];
        LastRebuilt = [];
        LastUpdatedInPlace = false;
        SiteChanges? changes = null; // an update in place under way: what it changed of the site so far
        if (Jurisdiction is { } only && !Directory.Exists(Path.Combine(lists, PortalLayout.JurisdictionsFolder, only)))
        {
            stderr.WriteLine($"powerlist: 门户中没有辖区 {only}（{Path.Combine(lists, PortalLayout.JurisdictionsFolder)} 下没有这个文件夹）");
            return CliApp.ExitUsage;
        }

        try
        {
            var set = Warm ? TemplateSet.Reload(templates, _compiled) : TemplateSet.Load(templates);
            _compiled = Warm ? set : null;
            var shared = Warm ? PortalStamps.Shared(lists, templates) : null;
            if (shared != _sharedStamp)
            {
                _built.Clear();
                _warmth.Clear();
                _mergedSet = null;
                _shared = null;
                _portalWarm = null;
                _sharedStamp = shared;
            }

            var source = PortalLoader.Open(lists, _shared);
            _shared = Warm ? source.Shared : null;
            var options = new PartOptions(!Clean, Precompress ? PowerList.Site.Compression.Precompression.Default : null, Preview) { Timings = Timings };
            var sharedKey = PartInputs.SharedKey(lists, templates.Key(), options);
            var partsRoot = output.TrimEnd(Path.DirectorySeparatorChar) + ".parts";
            var raw = new HashSet<Diagnostic>();
            var shown = new DiagnosticBag();
            var folders = new List<string>();
            var pending = new List<Pending>();

            // First every jurisdiction is checked, and all diagnostics are shown, before any part is built: with an error
            // anywhere nothing is built (like a one-jurisdiction build). A part whose inputs are as at its last build
            // (serve: in this process; build: its inputs.json) is neither loaded nor built again.
            foreach (var (id, listsFolder) in source.Folders.Where(f => Jurisdiction is null || f.Id == Jurisdiction))
            {
                token.ThrowIfCancellationRequested();
                var folder = PartOnly ? output : Path.Combine(partsRoot, id);
                folders.Add(folder);
                var stamp = Warm ? PortalStamps.Of(listsFolder) : null;
                if (stamp is not null && _built.TryGetValue(id, out var last) && last.Stamp == stamp && File.Exists(Path.Combine(folder, PartRecord.FileName)))
                {
                    Keep(source, id, last.Diagnostics, last.Shown, raw, shown);
                    continue;
                }

                _built.Remove(id);
                var key = PartInputs.Key(sharedKey, id, listsFolder);
                var stored = Clean ? null : PartInputs.Unchanged(folder, key);
                if (stored is not null && !ShowPrivate)
                {
                    Keep(source, id, stored, stored, raw, shown);
                    if (stamp is not null)
                    {
                        _built[id] = new Built(stamp, stored, stored);
                    }

                    continue;
                }

                var warmth = Warmth(id);
                var jurisdiction = source.Load(id, warmth, Timings);
                var own = jurisdiction.Checked.Diagnostics;
                var mine = PrivateOption.Apply(own, jurisdiction.Checked.Lists, ShowPrivate);
                raw.UnionWith(own);
                shown.AddRange(mine);
                if (stored is not null)
                {
                    continue; // unchanged, loaded only to show its diagnostics in full (--show-private)
                }

                pending.Add(new Pending(id, folder, stamp, key, warmth, own, mine, PrivateOption.Apply(own, jurisdiction.Checked.Lists, false)));
            }

            var all = source.Finish();
            shown.AddRange(all.Where(d => !raw.Contains(d))); // the portal's own: portal.yaml, shared files, rules between jurisdictions
            DiagnosticWriter.Write(stdout, shown.ToSortedList(), DiagnosticFormat.Text);
            var errors = all.Count(d => d.IsError);
            if (errors > 0)
            {
                LastErrors = [.. shown.ToSortedList().Where(d => d.IsError)];
                stderr.WriteLine($"清单有 {errors} 个错误，网站没有生成；{output} 保持原样。");
                return CliApp.ExitErrors;
            }

            // Then the parts whose inputs changed, one at a time (loaded again: memory follows the biggest jurisdiction);
            // serve takes each part's catalogue use and search documents in memory as they are written (PortalWarm.HandOver).
            var rebuilt = new List<string>();
            if (Warm && !PartOnly)
            {
                _portalWarm ??= new PortalWarm();
            }

            foreach (var p in pending)
            {
                token.ThrowIfCancellationRequested();
                var jurisdiction = source.Load(p.Id, p.Warmth, Timings);
                Directory.CreateDirectory(p.Folder);
                PartInputs.Forget(p.Folder);
                var built = PortalPartBuilder.Build(jurisdiction, source.Info, set, p.Folder, options, null, token, p.Warmth, _portalWarm);
                PartInputs.Write(p.Folder, p.Key, p.Stored);
                stdout.WriteLine(PartOnly
                    ? $"辖区 {p.Id}（{jurisdiction.Name}）的部分已生成：{built.Files} 个文件，位于 {output}"
                    : $"{p.Id} {jurisdiction.Name}：{built.Files} 个文件");
                rebuilt.Add(p.Id);
                if (p.Stamp is not null)
                {
                    _built[p.Id] = new Built(p.Stamp, p.Diagnostics, p.Shown);
                }
            }

            LastRebuilt = rebuilt;
            Timings?.Mark("portal: parts");

            if (PartOnly)
            {
                return CliApp.ExitOk;
            }

            var (partCount, summary) = WriteSite(folders, partsRoot, rebuilt, set, options, token, ref changes);
            stdout.WriteLine($"门户网站已生成：{partCount} 个辖区（{rebuilt.Count} 个重新生成），{summary}，位于 {output}");
            return CliApp.ExitOk;
        }
        catch (Exception failure) when (TemplateFailure.Find(failure) is { } ex)
        {
            Forget();
            var message = TemplateFailure.Describe(ex);
            stderr.WriteLine($"powerlist: 网站模板有误（{templates.Description}）：{message}；{SiteState(changes)}");
            LastErrors = [Diagnostic.Error(SourceLocation.None, "模板", message)];
            return CliApp.ExitUsage;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            Forget();
            stderr.WriteLine($"powerlist: 读写失败：{ex.Message}" + (changes is null ? "" : "；" + SiteState(changes)));
            LastErrors = [Diagnostic.Error(SourceLocation.None, "读写", ex.Message)];
            return CliApp.ExitUsage;
        }
    }

    /// <summary>A jurisdiction not loaded again: its diagnostics as found and as shown at its last build.</summary>
    private static void Keep(PortalSource source, string id, IReadOnlyList<Diagnostic> found, IReadOnlyList<Diagnostic> shownThen, HashSet<Diagnostic> raw, DiagnosticBag shown)
    {
        source.Reuse(id, found);
        raw.UnionWith(found);
        shown.AddRange(shownThen);
    }

    /// <summary>After a failure half-way, the next run starts from what is on disk.</summary>
    private void Forget()
    {
        _built.Clear();
        _warmth.Clear();
        _shared = null;
        _mergedSet = null;
        _portalWarm = null;
    }

    /// <summary>
    /// serve's memory of <paramref name="id"/> when it is built again after the first run (an edit there): kept for the
    /// <see cref="WarmJurisdictions"/> edited last, so memory does not grow with the portal. Null for the first build
    /// and for <c>build</c>.
    /// </summary>
    private PartWarmth? Warmth(string id)
    {
        if (!Warm || _mergedSet is null)
        {
            return null;
        }

        var at = _warmth.FindIndex(w => w.Id == id);
        var warmth = at >= 0 ? _warmth[at].Warmth : new PartWarmth();
        if (at >= 0)
        {
            _warmth.RemoveAt(at);
        }

        _warmth.Insert(0, (id, warmth));
        if (_warmth.Count > WarmJurisdictions)
        {
            _warmth.RemoveAt(_warmth.Count - 1);
        }

        return warmth;
    }
}
