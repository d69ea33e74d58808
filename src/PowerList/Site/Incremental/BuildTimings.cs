using System.Diagnostics;
using System.Globalization;

namespace PowerList.Site.Incremental;

/// <summary>
/// Stage timings for profiling builds at scale: with <c>POWERLIST_TIMINGS=1</c> in the environment, each
/// <see cref="Mark"/> prints the time since the previous mark and the process's working set to stderr.
/// Off by default; never part of the output.
/// </summary>
public static class BuildTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("POWERLIST_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static long _last;

    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.ElapsedMilliseconds;
        var previous = Interlocked.Exchange(ref _last, now);
        var mb = Environment.WorkingSet / 1048576;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[timing] {stage}: {(now - previous) / 1000.0:0.00} s (at {now / 1000.0:0.00} s, {mb} MB)"));
    }
}
