namespace PowerList.Generation;

/// <summary>How a generated entry stands against the catalogue.</summary>
internal enum LocalKind
{
    /// <summary>Implements an item the catalogue gives to the jurisdiction's level.</summary>
    Implemented,

    /// <summary>Implements an item the catalogue gives only to another level.</summary>
    WrongLevel,

    /// <summary>Names no catalogue item (a local addition, or the province's own power).</summary>
    Extra,
}
