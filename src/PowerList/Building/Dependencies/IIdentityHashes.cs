namespace PowerList.Building.Dependencies;

/// <summary>
/// The current hash of every identity an output can read (<see cref="Identity"/>): of a record, its
/// <see cref="ModelHash"/>; of a derived value, a hash of what the view's accessor returns. Equal hashes in two builds
/// mean the accessor returns the same thing. Thread-safe; memoized per build.
/// </summary>
public interface IIdentityHashes
{
    UInt128 Of(Identity identity);

    /// <summary>
    /// What these hashes are computed from (the lists, the releases), kept by <c>serve</c> with the manifest of the
    /// build that used them so that the next build can ask <see cref="ChangedSince"/>; null when there is nothing to
    /// compare.
    /// </summary>
    object? Basis => null;

    /// <summary>
    /// Which identities may hash otherwise now than they did with the data of <paramref name="basis"/> (a
    /// <see cref="Basis"/> of an earlier build): an identity it says no to is not asked (<see cref="IncrementalSession"/>).
    /// Null when it cannot tell, and then every identity is asked. A false yes costs a hash; a false no would be a stale page.
    /// </summary>
    Func<Identity, bool>? ChangedSince(object basis) => null;
}
