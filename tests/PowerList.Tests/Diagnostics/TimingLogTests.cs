using System.Text.RegularExpressions;
using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Tests.Site;
using PowerList.Validation;

namespace PowerList.Tests.Diagnostics;

/// <summary>
/// Timings flow like diagnostics: load, validation and every stage of the site build time their parts into the
/// <see cref="TimingLog"/> they are given (<c>build --timings</c>), and into nothing when given none; a log made with
/// a writer prints the <c>[timing]</c> lines that bench/serve-rebuild and docs/performance.md read.
/// </summary>
public sealed partial class TimingLogTests
{
    /// <summary>The form of a stage's line: stage, wall, CPU, since start, memory, allocations, collections (and their pause, if any), then the parts.</summary>
    [GeneratedRegex(@"^\[timing\] (?<stage>.+?): \d+\.\d\d s, cpu \d+\.\d\d s \(at \d+\.\d\d s, \d+ MB, alloc \d+ MB, gc \d+/\d+/\d+(?:, pause \d+\.\d\d s)?\)(?: \[(?<parts>.+)\])?$")]
    private static partial Regex Line();

    [Fact]
    public void Load_and_validation_report_their_parts_into_the_log_they_are_given()
    {
        var log = new TimingLog();
        var result = ListCheck.Run(RepoPaths.SampleLists, null, null, null, null, log);
        result.Lists.Entries.ShouldNotBeEmpty();

        var parts = log.Drain();
        var names = parts.Select(p => p.Part).ToList();
        names.ShouldContain("load");
        names.ShouldContain("load: read");
        names.ShouldContain("load: parse");
        names.ShouldContain("load: bind");
        names.ShouldContain("load: releases");
        names.ShouldContain("validate");
        names.ShouldContain("validate: per file");
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList(), "sorted by name");
        parts.ShouldAllBe(p => p.Wall >= 0);
        parts.Single(p => p.Part == "load").Wall.ShouldBeGreaterThanOrEqualTo(parts.Single(p => p.Part == "load: bind laws").Wall);
        log.Drain().ShouldBeEmpty("drained");
    }

    [Fact]
    public void A_part_sums_its_measures_and_a_wall_only_part_has_no_cpu_time()
    {
        var log = new TimingLog();
        var start = log.Now();
        var next = log.Lap("a", start);
        log.Measure("a", next);
        log.Measure("b", log.WallNow());
        var other = new TimingLog();
        other.Add([new Timing("a", 5, 7)]);
        other.Add(log.Drain());

        var parts = other.Drain();
        parts.Select(p => p.Part).ShouldBe(["a", "b"]);
        parts[0].Wall.ShouldBeGreaterThanOrEqualTo(5);
        parts[0].Cpu.ShouldBeGreaterThanOrEqualTo(7);
        parts[1].Cpu.ShouldBeLessThan(0);
    }

    [Fact]
    public void A_log_with_a_writer_prints_one_line_per_mark_with_the_parts_timed_since_the_last()
    {
        var text = new StringWriter();
        var log = new TimingLog(text);
        log.Measure("b part", log.Now());
        log.Measure("a part", log.WallNow());
        log.Mark("first stage");
        log.Mark("second stage");

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(2);
        var first = Line().Match(lines[0]);
        first.Success.ShouldBeTrue(lines[0]);
        first.Groups["stage"].Value.ShouldBe("first stage");
        first.Groups["parts"].Value.ShouldMatch(@"^a part \d+\.\d\d s, b part \d+\.\d\d s( \(cpu \d+\.\d\d\))?$", "by name; a wall-only part has no CPU");
        var second = Line().Match(lines[1]);
        second.Success.ShouldBeTrue(lines[1]);
        second.Groups["parts"].Success.ShouldBeFalse("the parts went with the first line");
    }

    [Fact]
    public void A_log_without_a_writer_keeps_its_parts_at_a_mark()
    {
        var log = new TimingLog();
        log.Measure("a", log.Now());
        log.Mark("stage");
        log.Drain().Select(p => p.Part).ShouldBe(["a"]);
    }

    [Fact]
    public void The_site_build_reports_its_stages_and_parts_into_the_log_it_is_given()
    {
        var lists = ListCheck.Run(SiteTestSupport.FixtureLists);
        lists.HasErrors.ShouldBeFalse();
        var output = SiteTestSupport.NewTempFolder("timings");
        try
        {
            var text = new StringWriter();
            var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Build();
            pipeline.Timings = new TimingLog(text);
            pipeline.Build(lists.Lists, lists.Diagnostics, output).Written.ShouldBeTrue();

            var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(l => Line().Match(l)).ToList();
            lines.ShouldAllBe(m => m.Success);
            var stages = lines.Select(m => m.Groups["stage"].Value).ToList();
            stages.ShouldContain("start of site build");
            stages.ShouldContain("pages");
            stages.ShouldContain("search: documents");
            stages.ShouldContain("search: inverted index");
            stages.ShouldContain("search");
            stages.ShouldContain("versions");
            stages.ShouldContain("manifest");
            stages.ShouldContain("swap");
            string Parts(string stage) => lines.First(m => m.Groups["stage"].Value == stage).Groups["parts"].Value;
            Parts("pages").ShouldContain("site index");
            Parts("pages").ShouldContain("model hashes");
            Parts("pages").ShouldContain("render");
            Parts("search").ShouldContain("search: serialize");
            Parts("manifest").ShouldContain("manifest: write");
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }
}
