using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace PowerList.Building;

/// <summary>
/// Stage timings for profiling builds at scale: with <c>POWERLIST_TIMINGS=1</c> in the environment, each
/// <see cref="Mark"/> prints the time since the previous mark and the process's working set to stderr, followed by
/// the time spent in each part recorded with <see cref="Measure"/> since the previous mark (summed over threads).
/// Where the system tells a thread's CPU time (Linux), each mark and part also shows the CPU time spent (process
/// and threads): on a busy machine wall times grow with the load, CPU times much less.
/// Off by default; never part of the output.
/// </summary>
public static class BuildTimings
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    // Each thread sums its own parts (no shared dictionary to contend on, no closure per call); Mark adds them up.
    private static readonly ThreadLocal<Dictionary<string, (long Wall, long Cpu)>> Parts = new(() => new(StringComparer.Ordinal), trackAllValues: true);
    private static long _last;
    private static TimeSpan _lastCpu;
    private static bool _noThreadClock = !OperatingSystem.IsLinux();

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("POWERLIST_TIMINGS") == "1";

    /// <summary>A time stamp for <see cref="Measure"/> (empty when timings are off).</summary>
    public static Stamp Now() => Enabled ? new Stamp(Stopwatch.GetTimestamp(), ThreadCpu()) : default;

    /// <summary>Adds the time since <paramref name="since"/> (from <see cref="Now"/>) to the part <paramref name="part"/>.</summary>
    public static void Measure(string part, Stamp since)
    {
        if (Enabled)
        {
            Add(part, since, new Stamp(Stopwatch.GetTimestamp(), ThreadCpu()));
        }
    }

    /// <summary>
    /// A wall-clock stamp only, for parts timed once per file: reading a thread's CPU time is a system call (about a
    /// microsecond), the wall clock is not. Such a part is printed without its CPU time.
    /// </summary>
    public static Stamp WallNow() => Enabled ? new Stamp(Stopwatch.GetTimestamp(), WallOnly) : default;

    /// <summary>Adds the wall time since <paramref name="since"/> (from <see cref="WallNow"/>) to the part <paramref name="part"/>.</summary>
    public static void MeasureWall(string part, Stamp since)
    {
        if (Enabled)
        {
            Add(part, since, new Stamp(Stopwatch.GetTimestamp(), WallOnly));
        }
    }

    /// <summary>The CPU reading of a wall-only stamp: the part's CPU sum stays below zero, and is not printed.</summary>
    private const long WallOnly = long.MinValue / 1024;

    /// <summary>
    /// As <see cref="Measure"/>, and returns the time stamp it took as the start of the next part: one clock reading
    /// per boundary when a file goes through several parts.
    /// </summary>
    public static Stamp Lap(string part, Stamp since)
    {
        if (!Enabled)
        {
            return default;
        }

        var now = new Stamp(Stopwatch.GetTimestamp(), ThreadCpu());
        Add(part, since, now);
        return now;
    }

    private static void Add(string part, Stamp since, Stamp now)
    {
        var parts = Parts.Value!;
        lock (parts)
        {
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(parts, part, out _);
            total = (total.Wall + (now.Wall - since.Wall), since.Cpu == WallOnly ? WallOnly : total.Cpu + (now.Cpu - since.Cpu));
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

    private static long _lastAllocated;
    private static readonly int[] _lastGc = new int[3];

    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.ElapsedMilliseconds;
        var previous = Interlocked.Exchange(ref _last, now);
        var mb = Environment.WorkingSet / 1048576;
        var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
        var cpu = cpuNow - _lastCpu;
        _lastCpu = cpuNow;
        var allocated = GC.GetTotalAllocatedBytes();
        var gc = $"alloc {(allocated - _lastAllocated) / 1048576} MB, gc {GC.CollectionCount(0) - _lastGc[0]}/{GC.CollectionCount(1) - _lastGc[1]}/{GC.CollectionCount(2) - _lastGc[2]}";
        _lastAllocated = allocated;
        for (var g = 0; g < 3; g++)
        {
            _lastGc[g] = GC.CollectionCount(g);
        }

        var sums = new Dictionary<string, (long Wall, long Cpu)>(StringComparer.Ordinal);
        foreach (var local in Parts.Values)
        {
            lock (local)
            {
                foreach (var (part, (partWall, partCpu)) in local)
                {
                    var sum = sums.GetValueOrDefault(part);
                    sums[part] = (sum.Wall + partWall, sum.Cpu + partCpu);
                }

                local.Clear();
            }
        }

        var parts = string.Join(", ", sums.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value.Wall / (double)Stopwatch.Frequency:0.00} s{(_noThreadClock || p.Value.Cpu < 0 ? "" : $" (cpu {p.Value.Cpu / 1e9:0.00})")}")));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage}: {(now - previous) / 1000.0:0.00} s, cpu {cpu.TotalSeconds:0.00} s (at {now / 1000.0:0.00} s, {mb} MB, {gc}){(parts.Length > 0 ? " [" + parts + "]" : "")}"));
    }
}
