using PowerList.Diagnostics;

namespace PowerList.Tests.Diagnostics;

/// <summary>
/// <c>POWERLIST_GCTRACE=1</c>'s lines (docs/performance.md, "s31-gcedit"): the runtime's numbers named as its GC
/// records them, and a collection read from the runtime's own events, placed in the stage it fell in.
/// </summary>
public sealed class GcTraceTests
{
    [Fact]
    public void The_condemn_reasons_name_the_generation_each_step_chose_and_the_conditions_set()
    {
        // Two bits a step (initial, final, budget, time tuning); one bit a condition.
        Assert.Equal("final 2, budget 2; ", GcCondemnReasons.Describe((2 << 2) | (2 << 4), 0));
        Assert.Equal("final 2; low card efficiency, max gen1", GcCondemnReasons.Describe(2 << 2, (1 << 5) | (1 << 11)));
        Assert.Equal("initial 1, final 1; ", GcCondemnReasons.Describe(1 | (1 << 2), 0));
        Assert.Equal("", GcCondemnReasons.Describe(-1, 0));
    }

    [Fact]
    public void The_start_reasons_are_the_runtimes_numbers()
    {
        Assert.Equal("small alloc", GcCondemnReasons.Trigger(0));
        Assert.Equal("induced", GcCondemnReasons.Trigger(1));
        Assert.Equal("large alloc", GcCondemnReasons.Trigger(4));
        Assert.Equal("induced aggressive", GcCondemnReasons.Trigger(17));
        Assert.Equal("reason 99", GcCondemnReasons.Trigger(99));
    }

    [Fact]
    public void An_induced_full_collection_is_reported_with_its_reason_in_the_stage_it_fell_in()
    {
        using var trace = new GcTrace();
        var lines = new List<string>();

        // The events come on the runtime's dispatch thread, a little after the collection: ask again until one is read
        // (bounded; other tests' collections may be reported too).
        for (var i = 0; i < 200 && !lines.Any(l => l.Contains(": reason induced,", StringComparison.Ordinal)); i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
            Thread.Sleep(50);
            lines.AddRange(trace.Take("stage " + i));
        }

        Assert.Contains(lines, l => l.Contains(": reason induced,", StringComparison.Ordinal));
        var line = lines.First(l => l.Contains(": reason induced,", StringComparison.Ordinal));
        Assert.Matches(@"^\[gc\] #\d+ gen2 in stage \d+: reason induced, (compacting|sweeping), pause \d+\.\d{3} s, condemned by \[[^\]]*induced full[^\]]*\], load -?\d+%, after: gen0 \d+, gen1 \d+, gen2 \d+, loh \d+ MB$", line);
    }
}
