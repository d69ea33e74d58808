namespace PowerList.Model;

/// <summary>收费依据和标准. <see cref="Charged"/> false means 不收费.</summary>
public sealed record Fees : Sourced
{
    public bool Charged { get; init; }

    public string Basis { get; init; } = "";

    public string Standard { get; init; } = "";
}
