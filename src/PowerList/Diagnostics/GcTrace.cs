using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace PowerList.Diagnostics;

/// <summary>
/// With <c>POWERLIST_GCTRACE=1</c> (and timings on), one <c>[gc]</c> line per garbage collection, printed before the
/// <c>[timing]</c> line of the stage it fell in: its number, the generation collected, why the runtime started it
/// (<c>GCStart</c>'s reason), whether it compacted, its pause, what the runtime says condemned that generation
/// (<see cref="GcCondemnReasons"/>), the memory load it saw and the heap's generations after it; then, per stage, the
/// types that took the most large-object-heap allocation (the runtime's allocation ticks, one per ~100 KB). Read from the
/// runtime's own events (an in-process <see cref="EventListener"/> on "Microsoft-Windows-DotNETRuntime", GC keyword);
/// they arrive on a dispatch thread a little late, so each is placed by its time stamp against the stages' ends.
/// Off unless asked for: the listener costs a thread and some allocation per collection (docs/performance.md,
/// "s31-gcedit").
/// </summary>
internal sealed class GcTrace : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private static readonly Lazy<GcTrace?> Instance = new(() =>
        Environment.GetEnvironmentVariable("POWERLIST_GCTRACE") == "1" ? new GcTrace() : null);

    private readonly ConcurrentQueue<Collection> _done = new();
    private readonly List<(DateTime End, string Stage)> _stages = [];
    private readonly ConcurrentDictionary<string, long> _large = new(StringComparer.Ordinal);
    private Collection? _running;

    /// <summary>The process's trace, or null when <c>POWERLIST_GCTRACE=1</c> is not set.</summary>
    public static GcTrace? Current => Instance.Value;

    /// <summary>
    /// Ends the stage <paramref name="stage"/> now and returns the <c>[gc]</c> lines of the collections reported since the
    /// last call, each named with the stage it fell in (an earlier one when it was reported late).
    /// </summary>
    public IReadOnlyList<string> Take(string stage)
    {
        var now = DateTime.UtcNow;
        lock (_stages)
        {
            _stages.Add((now, stage));
            var lines = new List<string>();
            while (_done.TryPeek(out var c) && c.End <= now && _done.TryDequeue(out c))
            {
                var fell = _stages.FirstOrDefault(s => s.End >= c.Start).Stage ?? stage;
                lines.Add(c.Line(fell));
            }

            if (!_large.IsEmpty)
            {
                var types = _large.ToArray().OrderByDescending(t => t.Value).Take(6)
                    .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value / 1048576.0:0.0} MB"));
                lines.Add($"[gc] large objects allocated by {stage} (sampled): {string.Join(", ", types)}");
                _large.Clear();
            }

            return lines;
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventName)
        {
            case { } tick when tick.StartsWith("GCAllocationTick", StringComparison.Ordinal) && Number(e, "AllocationKind") == 1:
                var type = e.PayloadNames?.IndexOf("TypeName") is >= 0 and var t ? e.Payload?[t] as string ?? "?" : "?";
                _large.AddOrUpdate(type, Number(e, "AllocationAmount64"), (_, sum) => sum + Number(e, "AllocationAmount64"));
                break;
            case "GCStart_V2":
                _running = new Collection(e.TimeStamp, Number(e, "Count"), Number(e, "Depth"), Number(e, "Reason"));
                break;
            case "GCPerHeapHistory_V3" when _running is not null:
                _running.Condemned = GcCondemnReasons.Describe(Number(e, "CondemnReasons0"), Number(e, "CondemnReasons1"));
                _running.Compacted = Number(e, "CompactMechanisms") > 0 ? "compacting" : "sweeping";
                break;
            case "GCGlobalHeapHistory_V2" when _running is not null:
            case "GCGlobalHeapHistory_V3" when _running is not null:
            case "GCGlobalHeapHistory_V4" when _running is not null:
                _running.Load = Number(e, "MemoryPressure");
                break;
            case "GCEnd_V1" when _running is not null:
                _running.End = e.TimeStamp;
                break;
            case "GCHeapStats_V2" when _running is not null:
                _running.Heap = string.Create(CultureInfo.InvariantCulture,
                    $"gen0 {Mb(e, "GenerationSize0")}, gen1 {Mb(e, "GenerationSize1")}, gen2 {Mb(e, "GenerationSize2")}, loh {Mb(e, "GenerationSize3")} MB");
                _done.Enqueue(_running);
                _running = null;
                break;
        }
    }

    private static long Number(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i < 0 || e.Payload?[i] is not { } v ? -1 : Convert.ToInt64(v, CultureInfo.InvariantCulture);
    }

    private static long Mb(EventWrittenEventArgs e, string name) => Number(e, name) / 1048576;

    private sealed class Collection(DateTime start, long count, long generation, long reason)
    {
        public DateTime Start { get; } = start;

        public DateTime End { get; set; } = start;

        public string Condemned { get; set; } = "";

        public string Compacted { get; set; } = "";

        public long Load { get; set; } = -1;

        public string Heap { get; set; } = "";

        public string Line(string stage) => string.Create(CultureInfo.InvariantCulture,
            $"[gc] #{count} gen{generation} in {stage}: reason {GcCondemnReasons.Trigger(reason)}, {Compacted}, pause {(End - Start).TotalSeconds:0.000} s, condemned by [{Condemned}], load {Load}%, after: {Heap}");
    }
}
