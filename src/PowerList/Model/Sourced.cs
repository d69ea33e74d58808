namespace PowerList.Model;

/// <summary>Base of every model object: it remembers where it came from.</summary>
public abstract record Sourced
{
    public SourceInfo Source { get; init; } = SourceInfo.None;
}
