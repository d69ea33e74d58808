namespace PowerList.Model;

/// <summary>监督方式 and the supervision phone.</summary>
public sealed record Supervision : Sourced
{
    public string Method { get; init; } = "";

    public string Phone { get; init; } = "";
}
