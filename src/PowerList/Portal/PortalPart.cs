namespace PowerList.Portal;

/// <summary>
/// What the portal needs of one jurisdiction built on its own (<c>part.json</c> beside the part's <c>site/</c>): who it is,
/// where it sits, its counts and its conformity summary, and the portal's own <c>portal.yaml</c> (every part carries it,
/// so a merge needs nothing but the parts).
/// </summary>
public sealed record PortalPart
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Title { get; init; } = "";

    public string Level { get; init; } = "";

    public string DivisionCode { get; init; } = "";

    public string Parent { get; init; } = "";

    /// <summary>Public entries in force.</summary>
    public int Entries { get; init; }

    public int Departments { get; init; }

    /// <summary>Null when the jurisdiction follows no catalogue.</summary>
    public PartConformity? Conformity { get; init; }

    public PortalInfo Portal { get; init; } = new();
}

/// <summary>The counts of a jurisdiction's conformity report (<see cref="PowerList.Conformity.ConformityReport"/>).</summary>
/// <see cref="Applicable"/> false: the catalogue gives nothing to the jurisdiction's level (<see cref="PowerList.Conformity.ConformityReport.Applicable"/>), <see cref="Note"/> says so.
public sealed record PartConformity(string Catalogue, int Implemented, int Missing, int Extra, int WrongLevel, bool Applicable = true, string Note = "");
