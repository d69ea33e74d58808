using PowerList.Building;

namespace PowerList.Tests.Building;

/// <summary>
/// Outputs made ahead on threads of their own: each is taken in its place with its copy; one not started here is not
/// taken; a producer's exception reaches the taker as itself, not wrapped.
/// </summary>
public sealed class AheadOutputsTests
{
    private static ResolvedOutput Made(PlannedOutput p, string suffix = "") =>
        new(p.Path + suffix, System.Text.Encoding.UTF8.GetBytes(p.Path), null, 0, p.Path.Length);

    [Fact]
    public void Each_output_is_taken_with_its_copy_and_an_output_not_started_is_not()
    {
        var planned = Enumerable.Range(0, 4).Select(i => new PlannedOutput($"f{i}.csv", () => [])).ToList();
        var other = new PlannedOutput("other.csv", () => []);

        using var ahead = AheadOutputs.Start(planned, p => Made(p), made => Made(new PlannedOutput(made.Path, () => []), ".gz"))!;

        ahead.Left.ShouldBe(4);
        ahead.Take(other, out _, out _).ShouldBeFalse();
        foreach (var p in planned)
        {
            ahead.Take(p, out var output, out var copy).ShouldBeTrue();
            output.Path.ShouldBe(p.Path);
            copy!.Path.ShouldBe(p.Path + ".gz");
        }

        ahead.Left.ShouldBe(0);
        ahead.Take(planned[0], out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_producers_exception_reaches_the_taker_as_itself()
    {
        var failing = new PlannedOutput("broken.csv", () => []);
        var fine = new PlannedOutput("fine.csv", () => []);
        var thrown = new IOException("disk full");

        using var ahead = AheadOutputs.Start([fine, failing], p => p == failing ? throw thrown : Made(p), null)!;

        ahead.Take(fine, out var output, out var copy).ShouldBeTrue();
        output.Path.ShouldBe("fine.csv");
        copy.ShouldBeNull();
        var caught = Should.Throw<IOException>(() => ahead.Take(failing, out _, out _));
        caught.ShouldBeSameAs(thrown);
    }

    [Fact]
    public void No_outputs_start_nothing() =>
        AheadOutputs.Start([], p => Made(p), null).ShouldBeNull();
}
