using PowerList.Composition;
using System.Globalization;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation;
using PowerList.Site;
using PowerList.Site.Pages;
using PowerList.Site.Pipeline;
using PowerList.Site.Templates;
using Spectre.Console;

namespace PowerList.Cli.Commands;

/// <summary>
/// One site build as the CLI runs it (used by <c>build</c> and <c>serve</c>): load the lists and the releases, validate
/// and print the diagnostics like <c>validate</c>, stop on errors (a damaged release too: the output folder, version
/// pages included, is not touched), run the default
/// contributors, report progress (Spectre.Console on a terminal, plain lines otherwise).
/// </summary>
internal sealed class SiteBuildRunner
{
    private readonly string _lists;
    private readonly string _output;
    private readonly TemplateSource _templates;

    public SiteBuildRunner(string lists, string output, string? templates)
    {
        _lists = Path.GetFullPath(lists);
        _output = Path.GetFullPath(output);
        _templates = SiteDefaults.TemplatesFor(_lists, templates);
    }

    public string Lists => _lists;

    public string Output => _output;

    /// <summary>The templates this build uses: <c>--templates</c>, else <c>site-templates/</c> beside the lists, else the embedded defaults.</summary>
    public TemplateSource Templates => _templates;

    /// <summary>
    /// Whether <see cref="Run"/> waits until the previous site is deleted (true for <c>build</c>, which then exits;
    /// <c>serve</c> lets it finish in the background).
    /// </summary>
    public bool WaitForCleanup { get; init; } = true;

    /// <summary>
    /// Hand the previous site to a detached <c>rm -rf</c> and exit as soon as the new site is in place
    /// (<c>build --detach-cleanup</c>); the old copy disappears a little later.
    /// </summary>
    public bool DetachCleanup { get; init; }

    /// <summary>Print diagnostics inside non-public entries in full (<c>--show-private</c>); else place and code only.</summary>
    public bool ShowPrivate { get; init; }

    /// <summary>
    /// Render everything and write a whole new site folder (<c>build --clean</c>), as if there were no previous
    /// build: files put into the site by hand go, which in-place incremental builds leave.
    /// </summary>
    public bool Clean { get; init; }

    /// <summary>
    /// Write a gzip copy beside every large text file for the web server (<c>build</c>, unless
    /// <c>--no-precompress</c>; see docs/deploy.md). Off for <c>serve</c>'s preview.
    /// </summary>
    public bool Precompress { get; init; }

    /// <summary>In a portal: build only this jurisdiction (<c>build --jurisdiction</c>).</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>In a portal: write only <see cref="Jurisdiction"/>'s part (its site and part.json) into the output (<c>build --part</c>).</summary>
    public bool PartOnly { get; init; }

    /// <summary>
    /// <c>serve</c>: with <see cref="ReuseUnchangedFiles"/>, builds keep the current downloads already in the site
    /// (<c>data/current/</c>, made only when there are none) and serve makes them again in the background
    /// (<see cref="Serving.BackgroundDownloads"/>) from <see cref="LastBuilt"/>. A CLI build writes them every time.
    /// </summary>
    public bool DeferDownloads { get; init; }

    /// <summary>
    /// Print how long each stage took and its parts to standard error (<c>build --timings</c>; <c>POWERLIST_TIMINGS=1</c>
    /// in the environment, which <c>serve</c> and the benchmarks use). The stages time into one <see cref="TimingLog"/>
    /// passed to them (<see cref="SitePipeline.Timings"/>, <see cref="ListCheck"/>).
    /// </summary>
    public bool Timings { get; init; } = TimingsByEnvironment;

    /// <summary>Whether <c>POWERLIST_TIMINGS=1</c> is set.</summary>
    public static bool TimingsByEnvironment => Environment.GetEnvironmentVariable("POWERLIST_TIMINGS") == "1";

    /// <summary>
    /// <c>serve</c>: with <see cref="ReuseUnchangedFiles"/>, builds leave a stub manifest in the site and keep the whole
    /// one in memory (<see cref="PowerList.Building.WarmSite.DeferManifest"/>) for <see cref="Serving.BackgroundManifest"/>
    /// to write while the editor is idle. A CLI build writes it every time.
    /// </summary>
    public bool DeferManifest { get; init; }

    /// <summary>
    /// <c>serve</c>: with <see cref="ReuseUnchangedFiles"/>, the first build keeps the search documents without their index
    /// (<see cref="PowerList.Site.Pipeline.WarmBuild.DeferSearchIndex"/>); serve makes it after the build
    /// (<see cref="Serving.IdleSearchIndex"/>). A CLI build keeps nothing.
    /// </summary>
    public bool DeferSearchIndex { get; init; }

    /// <summary>What serve's builds keep between them (null without <see cref="ReuseUnchangedFiles"/>).</summary>
    public PowerList.Site.Pipeline.WarmBuild? Warm => _warm;

    /// <summary>What serve's builds remember of the site they wrote (null without <see cref="ReuseUnchangedFiles"/>).</summary>
    public PowerList.Building.WarmSite? WarmSite => _warm?.Site;

    /// <summary>The lists of the last good build of a single site (not a portal), or null.</summary>
    public ListSet? LastBuilt { get; private set; }

    /// <summary><c>serve</c>'s preview: also the pages for staff only (未发布的变化, docs/versions.md).</summary>
    public bool Preview { get; init; }

    /// <summary>
    /// Keep every list file's parsed model and per-file validation in memory between runs (<c>serve</c>), so the next
    /// run reads and checks again only the files whose bytes changed. Same results as a fresh run.
    /// </summary>
    public bool ReuseUnchangedFiles
    {
        get => _loadCache is not null;
        init
        {
            _loadCache = value ? new LoadCache() : null;
            _validationCache = value ? new ValidationCache() : null;
            _warm = value ? new PowerList.Site.Pipeline.WarmBuild() : null;
        }
    }

    private readonly LoadCache? _loadCache;
    private readonly ValidationCache? _validationCache;
    private readonly PowerList.Site.Pipeline.WarmBuild? _warm;
    private TemplateSet? _compiled;
    private PortalBuildRunner? _portal;
    private TimingLog? _timings;

    /// <summary>
    /// The errors of the last run that left the site as it was (for serve's overlay): the lists' error diagnostics,
    /// or one diagnostic without a place for a template or I/O failure. Empty after a good build.
    /// </summary>
    public IReadOnlyList<Diagnostic> LastErrors { get; private set; } = [];

    /// <summary>Runs the build; returns the CLI exit code.</summary>
    public int Run(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        LastErrors = [];
        if (!Directory.Exists(_lists))
        {
            stderr.WriteLine($"powerlist: 找不到清单文件夹：{_lists}");
            return CliApp.ExitUsage;
        }

        if (!_templates.Exists)
        {
            stderr.WriteLine($"powerlist: 找不到网站模板文件夹：{_templates.Description}（用 --templates 指定）");
            return CliApp.ExitUsage;
        }

        if (PowerList.Portal.PortalLayout.IsPortal(_lists))
        {
            // A portal of many jurisdictions: each one built by this same pipeline, then merged (docs/format.md "Many jurisdictions").
            // serve keeps one portal runner, which remembers which jurisdictions it built from which files.
            var portal = _portal ?? new PortalBuildRunner(_lists, _output, _templates) { Jurisdiction = Jurisdiction, PartOnly = PartOnly, Clean = Clean, Precompress = Precompress, Preview = Preview, ShowPrivate = ShowPrivate, Warm = ReuseUnchangedFiles, DetachCleanup = DetachCleanup, RemoveOldInBackground = !WaitForCleanup, Timings = Timings ? _timings ??= new TimingLog(stderr) : null };
            _portal = ReuseUnchangedFiles ? portal : null;
            var code = portal.Run(stdout, stderr, cancellationToken);
            LastErrors = portal.LastErrors;
            return code;
        }

        if (Jurisdiction is not null || PartOnly)
        {
            stderr.WriteLine("powerlist: --jurisdiction 和 --part 只用于多辖区门户（有 portal.yaml 的清单文件夹）");
            return CliApp.ExitUsage;
        }

        var timings = Timings ? _timings ??= new TimingLog(stderr) : null;
        timings?.Mark("start");
        var checkedLists = ListCheck.Run(_lists, null, _loadCache, _validationCache, null, timings);
        timings?.Mark(_loadCache is null ? "load and validate" : string.Create(CultureInfo.InvariantCulture,
            $"load and validate ({_loadCache.Parsed} parsed, {_loadCache.UnchangedByHash} unchanged by hash, {_loadCache.UnchangedByStamp} by stamp; {_validationCache!.Checked} files checked, {_validationCache.Reused} reused)"));
        var (lists, diagnostics) = (checkedLists.Lists, checkedLists.Diagnostics);
        var shown = PrivateOption.Apply(diagnostics, lists, ShowPrivate);
        DiagnosticWriter.Write(stdout, shown, DiagnosticFormat.Text);

        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            LastErrors = [.. shown.Where(d => d.IsError)];
            stderr.WriteLine($"清单有 {errors} 个错误，网站没有生成；{_output} 保持原样。");
            return CliApp.ExitErrors;
        }

        SiteBuildResult result;
        try
        {
            // serve keeps the compiled templates while their files stay the same.
            var templates = _warm is null ? TemplateSet.Load(_templates) : TemplateSet.Reload(_templates, _compiled);
            _compiled = _warm is null ? null : templates;
            var pipeline = SiteDefaults.Create(templates, null, checkedLists.Releases, Preview).RemovePreviousSiteInBackground(!WaitForCleanup).Build();
            pipeline.DetachOldSiteRemoval = DetachCleanup;
            pipeline.Incremental = !Clean;
            pipeline.Warm = _warm;
            pipeline.Timings = timings;
            if (_warm is not null)
            {
                _warm.DeferDownloads = DeferDownloads;
                _warm.DeferSearchIndex = DeferSearchIndex;
                _warm.Site.DeferManifest = DeferManifest;
            }

            pipeline.Precompress = Precompress ? PowerList.Site.Compression.Precompression.Default : null;
            result = Interactive(stdout)
                ? BuildWithSpinner(pipeline, lists, diagnostics, cancellationToken)
                : pipeline.Build(lists, diagnostics, _output, new PlainProgress(stdout), cancellationToken);
        }
        catch (Exception failure) when (TemplateFailure.Find(failure) is { } ex)
        {
            // Compile errors arrive as themselves; render errors from the parallel page loops wrapped (TemplateFailure).
            var message = TemplateFailure.Describe(ex);
            stderr.WriteLine($"powerlist: 网站模板有误（{_templates.Description}）：{message}；{_output} 保持原样。");
            LastErrors = [Diagnostic.Error(SourceLocation.None, "模板", $"网站模板有误（{_templates.Description}）：{message}")];
            return CliApp.ExitUsage;
        }
        catch (IOException ex)
        {
            // Disk full, no permission, another build writing the same output (SiteLock): exit 2, not the parser's 1.
            stderr.WriteLine($"powerlist: 读写失败：{ex.Message}");
            LastErrors = [Diagnostic.Error(SourceLocation.None, "读写", $"读写失败：{ex.Message}")];
            return CliApp.ExitUsage;
        }

        LastBuilt = lists;
        var mb = (result.Bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        stdout.WriteLine($"网站已生成：{result.Files} 个文件，{mb} MB，位于 {_output}");
        if (WaitForCleanup)
        {
            result.PreviousSiteRemoval.Wait(CancellationToken.None);
            timings?.Mark("previous site removed");
        }

        return CliApp.ExitOk;
    }

    private SiteBuildResult BuildWithSpinner(SitePipeline pipeline, ListSet lists, IReadOnlyList<Diagnostic> diagnostics, CancellationToken token)
    {
        SiteBuildResult? result = null;
        AnsiConsole.Status().Start("正在生成网站……", ctx =>
        {
            var progress = new SynchronousProgress(p =>
            {
                if (p.Done)
                {
                    AnsiConsole.MarkupLine($"[green]✓[/] {Markup.Escape(p.Contributor)}：{p.Files} 个文件");
                }
                else
                {
                    ctx.Status($"{Markup.Escape(p.Contributor)}：已写 {p.Files} 个文件……");
                }
            });
            result = pipeline.Build(lists, diagnostics, _output, progress, token);
        });
        return result!;
    }

    private static bool Interactive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private sealed class PlainProgress(TextWriter writer) : IProgress<SiteProgress>
    {
        public void Report(SiteProgress value)
        {
            if (value.Done)
            {
                writer.WriteLine($"{value.Contributor}：{value.Files} 个文件");
            }
        }
    }

    private sealed class SynchronousProgress(Action<SiteProgress> report) : IProgress<SiteProgress>
    {
        public void Report(SiteProgress value) => report(value);
    }
}
