namespace PowerList.Building;

/// <summary>
/// The outputs a contributor names to be made ahead (<see cref="IPlannedContributor.Ahead"/>, such as the open-data
/// downloads, each seconds of one core): a clean build starts each on a thread of its own before the contributor's
/// first file, with its precompressed copy when it has one, so they run beside the other files' rendering instead of
/// alone at the end. The build still takes each in its place in the plan (<see cref="Take"/>, waiting for it if need
/// be): the manifest and the order of the writer's batches are those of the plan. An exception is thrown as itself
/// when the output is taken. <see cref="Dispose"/> waits for every thread (a failed build must not delete a folder
/// still being written).
/// </summary>
internal sealed class AheadOutputs : IDisposable
{
    private readonly Dictionary<PlannedOutput, Task<(ResolvedOutput Output, ResolvedOutput? Copy)>> _started = new(ReferenceEqualityComparer.Instance);

    private AheadOutputs(IReadOnlyList<PlannedOutput> outputs, Func<PlannedOutput, ResolvedOutput> resolve, Func<ResolvedOutput, ResolvedOutput?>? copy)
    {
        foreach (var output in outputs)
        {
            _started[output] = Task.Factory.StartNew(
                () =>
                {
                    var made = resolve(output);
                    return (made, copy?.Invoke(made));
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
    }

    /// <summary>Starts <paramref name="outputs"/>; null when there are none.</summary>
    /// <param name="copy">Makes an output's derived copy (<see cref="IncrementalSession.CopyAhead"/>), or null for none.</param>
    public static AheadOutputs? Start(IReadOnlyList<PlannedOutput> outputs, Func<PlannedOutput, ResolvedOutput> resolve, Func<ResolvedOutput, ResolvedOutput?>? copy) =>
        outputs.Count == 0 ? null : new AheadOutputs(outputs, resolve, copy);

    /// <summary>Outputs started and not taken yet.</summary>
    public int Left => _started.Count;

    /// <summary>The output <paramref name="planned"/> and its copy, once made, if it was started here; one caller at a time.</summary>
    public bool Take(PlannedOutput planned, out ResolvedOutput output, out ResolvedOutput? copy)
    {
        if (!_started.Remove(planned, out var task))
        {
            output = null!;
            copy = null;
            return false;
        }

        // GetResult throws the producer's exception itself (not wrapped in an AggregateException).
        (output, copy) = task.GetAwaiter().GetResult();
        return true;
    }

    public void Dispose()
    {
        foreach (var task in _started.Values)
        {
            try
            {
                task.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The build failed already; this output's failure adds nothing.
            }
        }

        _started.Clear();
    }
}
