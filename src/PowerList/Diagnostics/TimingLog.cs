using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PowerList.Diagnostics;

/// <summary>
/// Collects the <see cref="Timing"/>s of a stage's parts, passed down like a <see cref="DiagnosticBag"/>: a stage that
/// is given one (<c>build --timings</c>) times its parts into it; given none, it times nothing. Thread-safe. Where the
/// system tells a thread's CPU time (Linux), a part also sums the CPU time its threads spent: on a busy machine wall
/// times grow with the load, CPU times much less. A log made with a writer also prints, at each <see cref="Mark"/>,
/// one <c>[timing]</c> line for the stage that ended with the parts timed since the previous mark (<see cref="TimingLines"/>).
/// </summary>
public sealed class TimingLog
{
    /// <summary>The CPU reading of a wall-only stamp: the part's CPU sum stays below zero, and is not printed.</summary>
    private const long WallOnly = long.MinValue / 1024;

    private static bool _noThreadClock = !OperatingSystem.IsLinux();

    private readonly Dictionary<string, (long Wall, long Cpu)> _parts = new(StringComparer.Ordinal);
    private readonly TimingLines? _lines;

    /// <summary>A log that only collects: its reader takes the parts (<see cref="Drain"/>); <see cref="Mark"/> does nothing.</summary>
    public TimingLog()
    {
    }

    /// <summary>A log that prints a <c>[timing]</c> line to <paramref name="lines"/> at each <see cref="Mark"/> (<c>build --timings</c>, <c>serve</c> with <c>POWERLIST_TIMINGS=1</c>).</summary>
    public TimingLog(TextWriter lines)
    {
        _lines = new TimingLines(lines);
    }

    /// <summary>Whether CPU times can be told on this system.</summary>
    public static bool HasThreadClock => !_noThreadClock;

    /// <summary>A time stamp for <see cref="Measure"/>: the wall clock and the thread's CPU time.</summary>
    public Stamp Now() => new(Stopwatch.GetTimestamp(), ThreadCpu());

    /// <summary>
    /// A wall-clock stamp only, for parts timed once per file: reading a thread's CPU time is a system call (about a
    /// microsecond), the wall clock is not. Such a part is printed without its CPU time.
    /// </summary>
    public Stamp WallNow() => new(Stopwatch.GetTimestamp(), WallOnly);

    /// <summary>Adds the time since <paramref name="since"/> (from <see cref="Now"/> or <see cref="WallNow"/>) to the part <paramref name="part"/>.</summary>
    public void Measure(string part, Stamp since) => Lap(part, since);

    /// <summary>As <see cref="Measure"/>, and returns the stamp it took as the start of the next part (one clock reading per boundary).</summary>
    public Stamp Lap(string part, Stamp since)
    {
        var now = since.Cpu == WallOnly ? WallNow() : Now();
        Add(part, now.Wall - since.Wall, since.Cpu == WallOnly ? WallOnly : now.Cpu - since.Cpu);
        return now;
    }

    /// <summary>Adds timings another stage reported.</summary>
    public void Add(IEnumerable<Timing> timings)
    {
        foreach (var t in timings)
        {
            Add(t.Part, t.Wall, t.Cpu);
        }
    }

    /// <summary>
    /// Ends the stage <paramref name="stage"/>: a log with a writer prints its line (time and CPU since the previous mark,
    /// memory, the parts timed since then) and empties itself; a log without one keeps its parts for its reader.
    /// </summary>
    public void Mark(string stage) => _lines?.Write(stage, Drain());

    /// <summary>The parts so far, by name, and empties the log.</summary>
    public IReadOnlyList<Timing> Drain()
    {
        lock (_parts)
        {
            var parts = _parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Timing(p.Key, p.Value.Wall, p.Value.Cpu)).ToList();
            _parts.Clear();
            return parts;
        }
    }

    private void Add(string part, long wall, long cpu)
    {
        lock (_parts)
        {
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_parts, part, out _);
            total = (total.Wall + wall, cpu < 0 || total.Cpu < 0 ? WallOnly : total.Cpu + cpu);
        }
    }

    /// <summary>The calling thread's CPU time in nanoseconds, or 0 where it cannot be told.</summary>
    private static long ThreadCpu()
    {
        if (_noThreadClock)
        {
            return 0;
        }

        try
        {
            // CLOCK_THREAD_CPUTIME_ID = 3.
            return ClockGetTime(3, out var ts) == 0 ? (ts.Seconds * 1_000_000_000) + ts.Nanoseconds : 0;
        }
        catch (DllNotFoundException)
        {
            _noThreadClock = true;
            return 0;
        }
        catch (EntryPointNotFoundException)
        {
            _noThreadClock = true;
            return 0;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>A wall-clock stamp and the thread's CPU time.</summary>
    public readonly record struct Stamp(long Wall, long Cpu);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
