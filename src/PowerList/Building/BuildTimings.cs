using System.Diagnostics;
using System.Globalization;
using PowerList.Diagnostics;

namespace PowerList.Building;

/// <summary>
/// Prints stage timings for profiling builds at scale (<c>build --timings</c>, or <c>POWERLIST_TIMINGS=1</c> in the
/// environment): each <see cref="Mark"/> prints the time since the previous mark and the process's working set to
/// stderr, followed by the parts timed since then (summed over threads, CPU time where the system tells it): those a
/// stage reported (<see cref="Report"/>, the <see cref="Timing"/>s of its <see cref="TimingLog"/>) and those the
/// build layer times here itself (<see cref="Measure"/>). Load and validation report theirs (<c>ListCheck.Run</c>'s
/// <see cref="TimingLog"/>); they do not reach this class. Off by default; never part of the output.
/// </summary>
public static class BuildTimings
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly TimingLog Parts = new();
    private static long _last;
    private static TimeSpan _lastCpu;
    private static long _lastAllocated;
    private static readonly int[] _lastGc = new int[3];

    /// <summary>Whether timings are printed: <c>POWERLIST_TIMINGS=1</c>, or <c>build --timings</c>.</summary>
    public static bool Enabled { get; set; } = Environment.GetEnvironmentVariable("POWERLIST_TIMINGS") == "1";

    /// <summary>A log for a stage to report its timings into (<see cref="Report"/>), or null when timings are off.</summary>
    public static TimingLog? NewLog() => Enabled ? new TimingLog() : null;

    /// <summary>Adds the timings a stage reported to the parts of the next <see cref="Mark"/>.</summary>
    public static void Report(TimingLog? log)
    {
        if (log is not null)
        {
            Parts.Add(log.Drain());
        }
    }

    /// <summary>A time stamp for <see cref="Measure"/> (empty when timings are off).</summary>
    public static TimingLog.Stamp Now() => Enabled ? Parts.Now() : default;

    /// <summary>Adds the time since <paramref name="since"/> (from <see cref="Now"/>) to the part <paramref name="part"/>.</summary>
    public static void Measure(string part, TimingLog.Stamp since)
    {
        if (Enabled)
        {
            Parts.Measure(part, since);
        }
    }

    /// <summary>A wall-clock stamp only, for parts timed once per file (see <see cref="TimingLog.WallNow"/>).</summary>
    public static TimingLog.Stamp WallNow() => Enabled ? Parts.WallNow() : default;

    /// <summary>Adds the wall time since <paramref name="since"/> (from <see cref="WallNow"/>) to the part <paramref name="part"/>.</summary>
    public static void MeasureWall(string part, TimingLog.Stamp since) => Measure(part, since);

    /// <summary>As <see cref="Measure"/>, and returns the time stamp it took as the start of the next part.</summary>
    public static TimingLog.Stamp Lap(string part, TimingLog.Stamp since) => Enabled ? Parts.Lap(part, since) : default;

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

        var parts = string.Join(", ", Parts.Drain().Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Part} {p.Wall / (double)Stopwatch.Frequency:0.00} s{(!TimingLog.HasThreadClock || p.Cpu < 0 ? "" : $" (cpu {p.Cpu / 1e9:0.00})")}")));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage}: {(now - previous) / 1000.0:0.00} s, cpu {cpu.TotalSeconds:0.00} s (at {now / 1000.0:0.00} s, {mb} MB, {gc}){(parts.Length > 0 ? " [" + parts + "]" : "")}"));
    }
}
