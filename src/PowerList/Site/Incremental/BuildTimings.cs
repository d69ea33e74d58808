using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PowerList.Site.Incremental;

/// <summary>
/// Stage timings for profiling builds at scale: with <c>POWERLIST_TIMINGS=1</c> in the environment, each
/// <see cref="Mark"/> prints the time since the previous mark and the process's working set to stderr, followed by
/// the time spent in each part recorded with <see cref="Measure"/> since the previous mark (summed over threads).
/// Off by default; never part of the output.
/// </summary>
public static class BuildTimings
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly ConcurrentDictionary<string, long> Parts = new(StringComparer.Ordinal);
    private static long _last;

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("POWERLIST_TIMINGS") == "1";

    /// <summary>A time stamp for <see cref="Measure"/> (0 when timings are off).</summary>
    public static long Now() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="since"/> (from <see cref="Now"/>) to the part <paramref name="part"/>.</summary>
    public static void Measure(string part, long since)
    {
        if (Enabled)
        {
            Parts.AddOrUpdate(part, Stopwatch.GetTimestamp() - since, (_, t) => t + Stopwatch.GetTimestamp() - since);
        }
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
        var parts = string.Join(", ", Parts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / (double)Stopwatch.Frequency:0.00} s")));
        Parts.Clear();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage}: {(now - previous) / 1000.0:0.00} s (at {now / 1000.0:0.00} s, {mb} MB){(parts.Length > 0 ? " [" + parts + "]" : "")}"));
    }
}
