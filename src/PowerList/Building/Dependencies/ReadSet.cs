namespace PowerList.Building.Dependencies;

/// <summary>
/// The identities read while one output was built, in the order read, duplicates and all (the manifest keeps each
/// once). One per output, filled on the thread that renders it. "False positives are fine, false negatives are not":
/// an identity recorded but not needed only costs a needless render.
/// </summary>
public sealed class ReadSet
{
    private readonly List<Identity>? _read;

    public ReadSet()
    {
        _read = new List<Identity>(16);
    }

    private ReadSet(bool record)
    {
        _read = record ? new List<Identity>(16) : null;
    }

    /// <summary>A set that records nothing: for a build that keeps no manifest (<see cref="Output.ISiteContributor.Contribute"/>).</summary>
    public static ReadSet Ignored => new(record: false);

    public IReadOnlyList<Identity> Read => _read ?? (IReadOnlyList<Identity>)[];

    public void Add(Identity identity) => _read?.Add(identity);

    public void Add(IdentityKind kind, string key = "") => _read?.Add(new Identity(kind, key));
}
