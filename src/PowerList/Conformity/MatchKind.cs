namespace PowerList.Conformity;

/// <summary>How an imported entry was tied to a catalogue item (<see cref="CatalogueMatcher"/>).</summary>
public enum MatchKind
{
    /// <summary>The sheet's 目录编码 column named the item.</summary>
    CatalogueColumn,

    /// <summary>The entry's own code is the item's code (a sheet whose 基本编码 is the catalogue's).</summary>
    Code,

    /// <summary>Same name (after removing spaces and punctuation), same category.</summary>
    Name,

    /// <summary>A similar name in the same category: tied, and reported for review.</summary>
    Similar,

    /// <summary>Several items fit equally: not tied, reported.</summary>
    Ambiguous,

    /// <summary>No item: a power beyond the catalogue.</summary>
    None,
}
