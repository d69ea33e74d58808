using PowerList.Generation;
using PowerList.Loading;
using PowerList.Validation;

namespace PowerList.Tests.Generation;

/// <summary>The generator writes lists that load and validate cleanly, follow the real shares, and repeat for a seed.</summary>
public sealed class ListGeneratorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Generated_lists_load_and_validate_without_problems()
    {
        var folder = Path.Combine(_temp.Path, "lists");
        var result = ListGenerator.Generate(1500, seed: 3, folder);

        var loaded = ListLoader.Load(folder);
        // A generated site is published nowhere: no base_url, so only that reminder (PL0521) is expected.
        var diagnostics = loaded.Diagnostics.Concat(ListValidator.Validate(loaded.Lists)).Where(d => d.Code != "PL0521").ToList();

        diagnostics.ShouldBeEmpty(string.Join("\n", diagnostics.Take(5).Select(d => d.Format(null))));
        loaded.Lists.Entries.Count().ShouldBe(1500);
        result.Entries.ShouldBe(1500);
        loaded.Lists.Departments.Length.ShouldBe(result.Departments);
        loaded.Lists.Files.Length.ShouldBe(result.ListFiles);
    }

    [Fact]
    public void Categories_and_text_lengths_follow_the_real_lists()
    {
        var folder = Path.Combine(_temp.Path, "lists");
        ListGenerator.Generate(3000, seed: 11, folder);
        var entries = ListLoader.Load(folder).Lists.Entries.ToList();

        var penalties = entries.Count(e => e.Category == "cf") / (double)entries.Count;
        penalties.ShouldBeInRange(0.72, 0.80, "行政处罚 about three quarters");
        Median(entries.Select(e => e.Name.Length)).ShouldBeInRange(24, 40);
        Median(entries.Select(e => e.Basis.Sum(c => c.Quote.Length + c.Text.Length + c.Articles.Length))).ShouldBeInRange(220, 380, "issue: median ~300");
        Percentile95(entries.Select(e => e.Basis.Sum(c => c.Quote.Length + c.Text.Length + c.Articles.Length))).ShouldBeInRange(700, 1300, "issue: p95 ~950");
        Median(entries.Select(e => e.Responsibilities.Sum(r => r.Content.Length))).ShouldBeInRange(100, 200);
        Median(entries.Select(e => e.Accountability.Length)).ShouldBeInRange(180, 350);
        entries.Count(e => !e.SubItems.IsDefaultOrEmpty).ShouldBeGreaterThan(0);
        entries.SelectMany(e => e.Basis).GroupBy(c => c.Law).Max(g => g.Count()).ShouldBeGreaterThan(50, "some laws are cited by many entries");
    }

    [Fact]
    public void Texts_are_new_combinations_not_copies_and_names_still_read_like_power_names()
    {
        var folder = Path.Combine(_temp.Path, "lists");
        ListGenerator.Generate(5000, seed: 2, folder);
        var entries = ListLoader.Load(folder).Lists.Entries.ToList();

        Distinct(entries.Select(e => e.Name)).ShouldBeGreaterThan(0.95);
        Distinct(entries.Select(e => string.Join("|", e.Basis.Select(c => c.Law + c.Articles + c.Quote + c.Text)))).ShouldBeGreaterThan(0.9);
        Distinct(entries.Select(e => string.Join("|", e.Responsibilities.Select(r => r.Content)))).ShouldBeGreaterThan(0.9);
        Distinct(entries.Select(e => e.Accountability).Where(a => a.Length > 0)).ShouldBeGreaterThan(0.9);
        var penalties = entries.Where(e => e.Category == "cf").ToList();
        penalties.Count(e => e.Name.StartsWith('对') && e.Name.Contains("处罚", StringComparison.Ordinal))
            .ShouldBeGreaterThan(penalties.Count * 9 / 10, "对……的处罚");
        var checks = entries.Where(e => e.Category == "jc").ToList();
        checks.Count(e => e.Name.Contains("检查", StringComparison.Ordinal) || e.Name.Contains("监督", StringComparison.Ordinal))
            .ShouldBeGreaterThan(checks.Count * 7 / 10, "……检查");
        entries.SelectMany(e => e.Basis).Select(c => c.Law).Distinct().Count().ShouldBeGreaterThan(100, "the real laws are cited");
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_lists()
    {
        ListGenerator.Generate(400, seed: 5, Path.Combine(_temp.Path, "a"));
        ListGenerator.Generate(400, seed: 5, Path.Combine(_temp.Path, "b"));
        ListGenerator.Generate(400, seed: 6, Path.Combine(_temp.Path, "c"));

        var a = Snapshot(Path.Combine(_temp.Path, "a"));
        var b = Snapshot(Path.Combine(_temp.Path, "b"));
        var c = Snapshot(Path.Combine(_temp.Path, "c"));
        b.Keys.ShouldBe(a.Keys);
        a.All(kv => kv.Value == b[kv.Key]).ShouldBeTrue();
        a.Any(kv => !c.TryGetValue(kv.Key, out var other) || other != kv.Value).ShouldBeTrue();
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double Percentile95(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length * 95 / 100];
    }

    private static double Distinct(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Distinct(StringComparer.Ordinal).Count() / (double)list.Count;
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);
}
