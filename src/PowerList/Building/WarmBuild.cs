using System.Collections.Concurrent;

namespace PowerList.Building;

/// <summary>
/// What a long-running process (<c>serve</c>) keeps in memory from one build of a site to the next, so that a build
/// after a small edit can update its previous results instead of recomputing them: each stage keeps its own slot
/// (<see cref="Slot{T}"/>). Memoization only: a build with an empty <see cref="WarmBuild"/> or none gives the same
/// bytes. A build that fails or is cancelled clears it (<see cref="Clear"/>), since a stage may have been left
/// between two states.
/// </summary>
public sealed class WarmBuild
{
    private readonly ConcurrentDictionary<string, object> _slots = new(StringComparer.Ordinal);

    /// <summary>The state named <paramref name="name"/>, made empty on first use.</summary>
    public T Slot<T>(string name)
        where T : class, new() => (T)_slots.GetOrAdd(name, _ => new T());

    /// <summary>Forgets every stage's state: the next build starts cold.</summary>
    public void Clear() => _slots.Clear();
}
