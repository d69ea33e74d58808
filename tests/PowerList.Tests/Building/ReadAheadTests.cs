using PowerList.Building;

namespace PowerList.Tests.Building;

/// <summary>
/// Reading a sequence ahead on a thread of its own: the same items in the same order, made while the caller works on
/// earlier ones; an exception of the sequence reaches the caller as itself after the items before it; a caller that
/// stops early stops the sequence (its enumerator disposed) before it goes on.
/// </summary>
public sealed class ReadAheadTests
{
    [Fact]
    public void The_items_come_in_order_and_are_made_on_another_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = new List<int>();

        var items = ReadAhead.Of(Numbers(1_000, threads), depth: 2).ToList();

        items.ShouldBe(Enumerable.Range(0, 1_000));
        threads.ShouldNotBeEmpty();
        threads.ShouldAllBe(t => t != caller);
    }

    [Fact]
    public void The_next_items_are_made_while_the_caller_works_on_one()
    {
        using var made = new SemaphoreSlim(0);
        var source = Enumerable.Range(0, 3).Select(i =>
        {
            made.Release();
            return i;
        });

        using var items = ReadAhead.Of(source, depth: 1).GetEnumerator();
        items.MoveNext().ShouldBeTrue();
        items.Current.ShouldBe(0);

        // The caller holds item 0: item 1 is made (and waits in the queue) without the caller asking for it.
        made.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        made.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue("item 1 made while the caller still holds item 0");
    }

    [Fact]
    public void An_exception_of_the_sequence_reaches_the_caller_as_itself_after_the_items_before_it()
    {
        var taken = new List<int>();

        var thrown = Should.Throw<InvalidDataException>(() =>
        {
            foreach (var i in ReadAhead.Of(Failing(5), depth: 2))
            {
                taken.Add(i);
            }
        });

        thrown.Message.ShouldBe("item 5");
        taken.ShouldBe(Enumerable.Range(0, 5));
    }

    [Fact]
    public void Stopping_early_disposes_the_sequence_before_the_caller_goes_on()
    {
        var state = new Tracked();

        foreach (var i in ReadAhead.Of(state.Items(), depth: 2))
        {
            if (i == 3)
            {
                break;
            }
        }

        state.Disposed.ShouldBeTrue("the sequence's enumerator is disposed when the caller stops");
        state.Made.ShouldBeLessThanOrEqualTo(4 + 2 + 1, "at most the items taken, the queue and the one being added");
    }

    private static IEnumerable<int> Numbers(int count, List<int> threads)
    {
        for (var i = 0; i < count; i++)
        {
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }

            yield return i;
        }
    }

    private static IEnumerable<int> Failing(int at)
    {
        for (var i = 0; ; i++)
        {
            if (i == at)
            {
                throw new InvalidDataException($"item {i}");
            }

            yield return i;
        }
    }

    private sealed class Tracked
    {
        private int _made;

        public int Made => Volatile.Read(ref _made);

        public bool Disposed { get; private set; }

        public IEnumerable<int> Items()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    Interlocked.Increment(ref _made);
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
