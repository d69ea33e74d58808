using System.Diagnostics;
using System.Globalization;

namespace PowerList.Diagnostics;

/// <summary>
/// Prints the <c>[timing]</c> line of a stage for a <see cref="TimingLog"/> with a writer: wall and process CPU time
/// since the previous line, the time since the log was made, the working set, the bytes allocated and collections
/// and the time they paused the process since the previous line, then the parts the stage timed (summed over threads;
/// CPU where the system tells it).
/// <c>bench/serve-rebuild</c> and docs/performance.md read these lines: keep their form.
/// </summary>
internal sealed class TimingLines(TextWriter writer)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int[] _lastGc = new int[3];
    private long _last;
    private TimeSpan _lastCpu;
    private long _lastAllocated;
    private TimeSpan _lastPause;

    public void Write(string stage, IReadOnlyList<Timing> parts)
    {
        string line;
        lock (_lastGc)
        {
            var now = _clock.ElapsedMilliseconds;
            var previous = _last;
            _last = now;
            var mb = Environment.WorkingSet / 1048576;
            var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
            var cpu = cpuNow - _lastCpu;
            _lastCpu = cpuNow;
            var allocated = GC.GetTotalAllocatedBytes();
            var gc = $"alloc {(allocated - _lastAllocated) / 1048576} MB, gc {GC.CollectionCount(0) - _lastGc[0]}/{GC.CollectionCount(1) - _lastGc[1]}/{GC.CollectionCount(2) - _lastGc[2]}";
            _lastAllocated = allocated;

            // The time the collector stopped the process (with non-concurrent collections one core collects while the
            // other waits), when there was any.
            var pauseNow = GC.GetTotalPauseDuration();
            var pause = (pauseNow - _lastPause).TotalSeconds;
            _lastPause = pauseNow;
            if (pause >= 0.005)
            {
                gc += string.Create(CultureInfo.InvariantCulture, $", pause {pause:0.00} s");
            }

            for (var g = 0; g < 3; g++)
            {
                _lastGc[g] = GC.CollectionCount(g);
            }

            var shown = string.Join(", ", parts.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Part} {p.Wall / (double)Stopwatch.Frequency:0.00} s{(!TimingLog.HasThreadClock || p.Cpu < 0 ? "" : $" (cpu {p.Cpu / 1e9:0.00})")}")));
            line = string.Create(CultureInfo.InvariantCulture,
                $"[timing] {stage}: {(now - previous) / 1000.0:0.00} s, cpu {cpu.TotalSeconds:0.00} s (at {now / 1000.0:0.00} s, {mb} MB, {gc}){(shown.Length > 0 ? " [" + shown + "]" : "")}");
        }

        var collections = GcTrace.Current?.Take(stage) ?? [];
        lock (writer)
        {
            foreach (var c in collections)
            {
                writer.WriteLine(c);
            }

            writer.WriteLine(line);
        }
    }
}
