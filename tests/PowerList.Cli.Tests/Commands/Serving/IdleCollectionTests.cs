using PowerList.Cli.Commands.Serving;

namespace PowerList.Cli.Tests.Commands.Serving;

/// <summary>
/// <see cref="IdleCollection"/>: after a rebuild, serve collects every generation once the editor is idle, so that the
/// next rebuild does not meet a full collection on the edit path; a save before that cancels it.
/// </summary>
public sealed class IdleCollectionTests
{
    [Fact]
    public async Task A_scheduled_collection_collects_the_oldest_generation_once_idle()
    {
        using var collection = new IdleCollection(TimeSpan.FromMilliseconds(50));
        var before = GC.CollectionCount(GC.MaxGeneration);
        collection.Schedule();

        await collection.Running;
        GC.CollectionCount(GC.MaxGeneration).ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task A_save_before_the_idle_time_cancels_it()
    {
        using var collection = new IdleCollection(TimeSpan.FromSeconds(30));
        collection.Schedule();
        collection.Cancel();

        // Cancelled in its wait, the work ends at once instead of 30 s later, without collecting.
        var finished = await Task.WhenAny(collection.Running, Task.Delay(TimeSpan.FromSeconds(10)));
        finished.ShouldBeSameAs(collection.Running);
        collection.Running.IsCompletedSuccessfully.ShouldBeTrue();
    }
}
