namespace PowerList.Building.Dependencies;

/// <summary>
/// One thing an output can read of the site's data: a kind and a key (<c>entry:A123</c>, <c>law:x</c>,
/// <c>in-category:cf</c>, <c>site</c>). Outputs record the identities they read (<see cref="ReadSet"/>); the build
/// manifest keeps each identity with the hash it had, and a rebuild redoes an output exactly when one of its
/// identities hashes differently now (<see cref="IIdentityHashes"/>). A plain value: two structs, no allocation.
/// </summary>
public readonly struct Identity : IEquatable<Identity>
{
    public Identity(IdentityKind kind, string key)
    {
        Kind = kind;
        Key = key;
    }

    public IdentityKind Kind { get; }

    /// <summary>The record's id or code; empty for the kinds that name one thing (site, laws, total…).</summary>
    public string Key { get; }

    public bool Equals(Identity other) => Kind == other.Kind && string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Identity other && Equals(other);

    public override int GetHashCode() => HashCode.Combine((byte)Kind, StringComparer.Ordinal.GetHashCode(Key));

    public override string ToString() => Key.Length == 0 ? Kind.ToString() : $"{Kind}:{Key}";

    public static bool operator ==(Identity left, Identity right) => left.Equals(right);

    public static bool operator !=(Identity left, Identity right) => !left.Equals(right);
}
