namespace PowerList.Generation;

/// <summary>
/// What <see cref="ProvinceGenerator"/> makes: <see cref="Cities"/> prefecture-level cities and <see cref="Counties"/>
/// counties below one province; <see cref="Scale"/> multiplies the catalogue and every list (1: about 300,000 entries
/// with 14 cities and 100 counties).
/// </summary>
public sealed record ProvinceOptions
{
    public int Seed { get; init; } = 1;

    public int Cities { get; init; } = 14;

    public int Counties { get; init; } = 100;

    public double Scale { get; init; } = 1.0;
}
