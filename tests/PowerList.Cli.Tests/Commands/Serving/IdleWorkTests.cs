using System.Diagnostics;
using PowerList.Cli.Commands.Serving;

namespace PowerList.Cli.Tests.Commands.Serving;

/// <summary>
/// <see cref="IdleWork"/>, the idle-work scheduler of serve's background manifest and downloads: work starts only after
/// the idle time, a newer schedule or a cancel replaces what was scheduled, and two pieces of work never overlap.
/// </summary>
public sealed class IdleWorkTests
{
    [Fact]
    public async Task Work_starts_once_the_idle_time_has_passed()
    {
        using var work = new IdleWork(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        TimeSpan? started = null;
        work.Schedule(_ =>
        {
            started = clock.Elapsed;
            return Task.CompletedTask;
        });

        await work.Running;
        started.ShouldNotBeNull();
        started.Value.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)); // Task.Delay's timer may fire a tick early
    }

    [Fact]
    public async Task A_newer_schedule_replaces_the_one_not_yet_due()
    {
        using var work = new IdleWork(TimeSpan.FromSeconds(2));
        var ran = new List<string>();
        work.Schedule(_ => Run(ran, "first"));
        work.Schedule(_ => Run(ran, "second"));

        await work.Running;
        ran.ShouldBe(["second"]);
    }

    [Fact]
    public async Task Cancelled_before_it_is_due_the_work_never_runs_and_ends_quietly()
    {
        using var work = new IdleWork(TimeSpan.FromSeconds(2));
        var ran = new List<string>();
        work.Schedule(_ => Run(ran, "work"));
        work.Cancel();

        await work.Running; // no OperationCanceledException
        work.Running.IsCompletedSuccessfully.ShouldBeTrue();
        ran.ShouldBeEmpty();
    }

    [Fact]
    public async Task Running_work_is_cancelled_through_its_token_and_the_next_waits_for_it_to_end()
    {
        using var work = new IdleWork(TimeSpan.Zero);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var letFirstEnd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new List<string>();
        CancellationToken firstToken = default;
        work.Schedule(async token =>
        {
            firstToken = token;
            firstStarted.SetResult();
            await letFirstEnd.Task; // ignores its token for a while, as a file being moved into place would
            lock (events)
            {
                events.Add("first ended");
            }

            token.ThrowIfCancellationRequested();
        });
        await firstStarted.Task;

        work.Schedule(_ =>
        {
            lock (events)
            {
                events.Add("second started");
            }

            return Task.CompletedTask;
        });
        firstToken.IsCancellationRequested.ShouldBeTrue("scheduling again cancels the running work");
        await Task.Delay(200);
        lock (events)
        {
            events.ShouldBeEmpty("the second does not start while the first runs");
        }

        letFirstEnd.SetResult();
        await work.Running;
        events.ShouldBe(["first ended", "second started"]);
    }

    [Fact]
    public async Task A_failure_other_than_cancelling_is_left_in_Running()
    {
        using var work = new IdleWork(TimeSpan.Zero);
        work.Schedule(_ => throw new InvalidOperationException("broken"));

        (await Should.ThrowAsync<InvalidOperationException>(() => work.Running)).Message.ShouldBe("broken");
    }

    private static Task Run(List<string> ran, string name)
    {
        lock (ran)
        {
            ran.Add(name);
        }

        return Task.CompletedTask;
    }
}
