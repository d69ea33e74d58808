namespace PowerList.Building.Dependencies;

/// <summary>
/// The current hash of every identity an output can read (<see cref="Identity"/>): of a record, its
/// <see cref="ModelHash"/>; of a derived value, a hash of what the view's accessor returns. Equal hashes in two builds
/// mean the accessor returns the same thing. Thread-safe; memoized per build.
/// </summary>
public interface IIdentityHashes
{
    UInt128 Of(Identity identity);
}
