#:project ../../src/PowerList/PowerList.csproj
#:property PublishAot=false
#:property TreatWarningsAsErrors=true
#:property Nullable=enable

// Warm rebuilds of the pages and versions stages alone (no search index), in one process as `serve` runs them:
// lists kept between builds (LoadCache, ValidationCache), one WarmBuild, an edit of one entry's name between builds
// (bench/edit.py's "edit"). Prints each build's wall and process CPU time; with POWERLIST_TIMINGS=1 also the stage
// timings. Not a test: numbers only.
//   dotnet run -c Release bench/warm-pages/warm-pages.cs -- LISTS SITE [EDITS=3] [TEMPLATES=site-templates]
// The first build of an empty SITE renders everything (about a minute at 100,000 entries).

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PowerList.Loading;
using PowerList.Building;
using PowerList.Site.Pages;
using PowerList.Validation;

var lists = Path.GetFullPath(args[0]);
var site = Path.GetFullPath(args[1]);
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var templatesDir = args.Length > 3 ? args[3] : "site-templates";
var target = Directory.GetDirectories(lists).Order(StringComparer.Ordinal)
    .Where(d => !Path.GetFileName(d).StartsWith('_') && !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) != "releases")
    .SelectMany(d => Directory.GetFiles(d, "*.yaml").Order(StringComparer.Ordinal)).First();

var loadCache = new LoadCache();
var validationCache = new ValidationCache();
var warm = new WarmBuild();
var templates = TemplateSet.Load(templatesDir);
for (var i = 0; i <= edits; i++)
{
    if (i > 0)
    {
        var text = File.ReadAllText(target);
        var at = text.IndexOf("entries:\n", StringComparison.Ordinal);
        text = text[..at] + new Regex("(?m)^(    name: .*)$").Replace(text[at..], "$1（修订）", 1);
        File.WriteAllText(target, text);
        Thread.Sleep(2100); // past LoadCache's 2-second window, as a save some time after the last build
    }

    var wall = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var checkedLists = ListCheck.Run(lists, null, loadCache, validationCache);
    var pipeline = new PowerList.Site.SiteBuilder()
        .UsePages(templates, null)
        .Use(new PowerList.Versions.Pages.VersionsContributor(templates, null))
        .Build();
    pipeline.Warm = warm;
    var result = pipeline.Build(checkedLists.Lists, checkedLists.Diagnostics, site);
    result.PreviousSiteRemoval.Wait();
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"build {i}{(i == 0 ? " (first)" : "")}: {wall.Elapsed.TotalSeconds:0.00} s wall, {used.TotalSeconds:0.00} s cpu, {result.Files} files"));
}
