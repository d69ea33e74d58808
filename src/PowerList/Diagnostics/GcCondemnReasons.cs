namespace PowerList.Diagnostics;

/// <summary>
/// Names for what the runtime's GC events report as a collection's cause (<see cref="GcTrace"/>): the reason a
/// collection started (<c>GCStart</c>'s <c>Reason</c>) and the per-heap condemn reasons (<c>GCPerHeapHistory</c>'s
/// <c>CondemnReasons0</c>: four generations of two bits each, the generation first chosen, chosen for the heap,
/// whose budget ran out and chosen by time tuning; <c>CondemnReasons1</c>: one bit per condition that raised it).
/// The numbers are the runtime's (its gcrecord.h), named here only for reading the trace.
/// </summary>
internal static class GcCondemnReasons
{
    private static readonly string[] Triggers =
    [
        "small alloc", "induced", "low memory", "empty", "large alloc", "out of space soh", "out of space loh",
        "induced not forced", "gc stress", "low memory blocking", "induced compacting", "low memory host",
        "provisional full", "low memory host blocking", "bgc tuning soh", "bgc tuning loh", "bgc stepping",
        "induced aggressive",
    ];

    private static readonly string[] GenerationParts = ["initial", "final", "budget", "time tuning"];

    private static readonly string[] Conditions =
    [
        "induced full", "expand full", "high memory", "very high memory", "low ephemeral", "low card efficiency",
        "ephemeral high fragmentation", "gen2 high fragmentation", "gen2 high frag (e)", "gen2 high frag (memory)",
        "gen2 high frag (vm)", "max gen1", "before oom", "gen2 too small", "induced not forced", "before bgc",
        "almost max alloc", "avoid unproductive", "pm induced full", "pm alloc loh", "gen1 in pm",
        "limit before oom", "limit loh fragmentation", "limit loh reclaim", "servo initial", "servo ngc",
        "servo bgc", "servo postpone", "stress mix", "stress", "aggressive",
    ];

    /// <summary>The name of a <c>GCStart</c> reason.</summary>
    public static string Trigger(long reason) =>
        reason >= 0 && reason < Triggers.Length ? Triggers[reason] : $"reason {reason}";

    /// <summary>The generations and conditions of one heap's condemn reasons, e.g. "initial 1, budget 2; gen2 high fragmentation".</summary>
    public static string Describe(long generations, long conditions)
    {
        if (generations < 0 || conditions < 0)
        {
            return "";
        }

        var parts = new List<string>();
        for (var i = 0; i < GenerationParts.Length; i++)
        {
            var gen = (generations >> (2 * i)) & 3;
            if (gen != 0)
            {
                parts.Add($"{GenerationParts[i]} {gen}");
            }
        }

        var named = Conditions.Where((_, i) => (conditions & (1L << i)) != 0);
        return string.Join(", ", parts) + "; " + string.Join(", ", named);
    }
}
