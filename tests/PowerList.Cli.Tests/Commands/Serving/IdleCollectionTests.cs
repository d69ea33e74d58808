using PowerList.Building;
using PowerList.Cli.Commands.Serving;

namespace PowerList.Cli.Tests.Commands.Serving;

/// <summary>
/// <see cref="IdleCollection"/>, serve's full collection after a build: it runs once idle, after the warm state's
/// background work, and a change before it is due cancels it.
/// </summary>
public sealed class IdleCollectionTests
{
    [Fact]
    public async Task Once_idle_it_makes_one_full_collection()
    {
        using var collection = new IdleCollection(new WarmSite(), TimeSpan.FromMilliseconds(20));
        var before = GC.CollectionCount(GC.MaxGeneration);

        collection.Schedule();
        await collection.Running;

        collection.Collected.ShouldBe(1);
        GC.CollectionCount(GC.MaxGeneration).ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task A_change_before_it_is_due_cancels_it()
    {
        using var collection = new IdleCollection(null, TimeSpan.FromSeconds(30));

        collection.Schedule();
        collection.Cancel();
        await collection.Running;

        collection.Collected.ShouldBe(0);
    }
}
