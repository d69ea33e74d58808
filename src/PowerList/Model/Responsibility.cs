namespace PowerList.Model;

/// <summary>A 责任事项: what the department must do at one stage, and on what basis.</summary>
public sealed record Responsibility : Sourced
{
    /// <summary>Stage, e.g. 受理责任, 审查责任, 决定责任, 送达责任, 事后监管责任, 其他责任.</summary>
    public string Stage { get; init; } = "";

    public string Content { get; init; } = "";

    /// <summary>责任事项依据 as text.</summary>
    public string Basis { get; init; } = "";
}
