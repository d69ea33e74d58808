using PowerList.Building;
using PowerList.Loading;
using PowerList.Site.Pipeline;
using PowerList.Validation;

namespace PowerList.Portal;

/// <summary>
/// What <c>serve</c> keeps in memory of one jurisdiction between its builds, as it keeps it of a one-jurisdiction site:
/// the parsed files and their checks (<see cref="LoadCache"/>, <see cref="ValidationCache"/>) and the stages' warm
/// state (<see cref="WarmBuild"/>). Memoization only: the same bytes as a cold build.
/// </summary>
public sealed class PartWarmth
{
    public LoadCache Load { get; } = new();

    public ValidationCache Validation { get; } = new();

    public WarmBuild Build { get; } = new();
}
