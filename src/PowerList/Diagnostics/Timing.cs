namespace PowerList.Diagnostics;

/// <summary>
/// How long one part of a build took, summed over threads: wall time in <see cref="System.Diagnostics.Stopwatch"/>
/// ticks and the threads' CPU time in nanoseconds (negative when not measured: a wall-only part, or no thread clock).
/// Reported by a stage like a diagnostic (<see cref="TimingLog"/>), printed by <c>build --timings</c>; never part of the output.
/// </summary>
public readonly record struct Timing(string Part, long Wall, long Cpu);
