using PowerList.Diagnostics;

namespace PowerList.Site.Pipeline;

/// <summary>
/// A contributor that times its parts: the pipeline hands it the build's <see cref="TimingLog"/> (null when nothing is
/// timed) before it contributes, as load and validation are handed theirs (<c>ListCheck.Run</c>).
/// </summary>
public interface ITimedContributor
{
    void UseTimings(TimingLog? timings);
}
