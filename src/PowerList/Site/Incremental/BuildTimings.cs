using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace PowerList.Site.Incremental;

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
    private static readonly ConcurrentDictionary<string, (long Wall, long Cpu)> Parts = new(StringComparer.Ordinal);
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
            var wall = Stopwatch.GetTimestamp() - since.Wall;
            var cpu = ThreadCpu() - since.Cpu;
            Parts.AddOrUpdate(part, (wall, cpu), (_, t) => (t.Wall + wall, t.Cpu + cpu));
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
        var parts = string.Join(", ", Parts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value.Wall / (double)Stopwatch.Frequency:0.00} s{(_noThreadClock ? "" : $" (cpu {p.Value.Cpu / 1e9:0.00})")}")));
        Parts.Clear();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage}: {(now - previous) / 1000.0:0.00} s, cpu {cpu.TotalSeconds:0.00} s (at {now / 1000.0:0.00} s, {mb} MB){(parts.Length > 0 ? " [" + parts + "]" : "")}"));
    }
}
