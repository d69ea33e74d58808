using PowerList.Diagnostics;
using PowerList.Validation;

namespace PowerList.Tests.Validation;

/// <summary>
/// Timings flow like diagnostics: load and validation time their parts into the <see cref="TimingLog"/> they are
/// given (<c>build --timings</c>), and into nothing when given none.
/// </summary>
public sealed class TimingLogTests
{
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
}
