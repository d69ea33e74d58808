namespace PowerList.Model;

/// <summary>
/// Demonstration data (the invented adjustments and releases of the default lists, scripts/versions/make-demo-releases.cs)
/// is marked by the word 演示 in its own text: a release's title or document, an adjustment's or ending's document,
/// note or reason. Wherever such data shows (feeds, the home page) it is labelled 演示.
/// </summary>
public static class DemoData
{
    public const string Word = "演示";

    /// <summary>The label put before a demonstration item's title.</summary>
    public const string Label = "【演示】";

    public static bool Marks(params string[] texts) => texts.Any(t => t.Contains(Word, StringComparison.Ordinal));

    public static bool Marks(Adjustment adjustment) => Marks(adjustment.Document, adjustment.Note);
}
