namespace PowerList.Model;

/// <summary>One step of the 运行流程.</summary>
public sealed record ProcessStep : Sourced
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>Time limit of this step, as text (e.g. 5个工作日).</summary>
    public string TimeLimit { get; init; } = "";
}
