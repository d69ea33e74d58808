using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>运行流程 and time limits.</summary>
public sealed record ProcessInfo : Sourced
{
    public ImmutableArray<ProcessStep> Steps { get; init; } = [];

    /// <summary>法定时限.</summary>
    public string StatutoryLimit { get; init; } = "";

    /// <summary>承诺时限.</summary>
    public string PromisedLimit { get; init; } = "";

    public bool IsEmpty => Steps.IsDefaultOrEmpty && StatutoryLimit.Length == 0 && PromisedLimit.Length == 0;
}
