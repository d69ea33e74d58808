using System.Collections.Frozen;
using System.Reflection;

namespace PowerList.Search.Analysis;

/// <summary>
/// The small tables that query analysis uses in both engines, shipped in <c>meta.jgz</c>: words that carry no meaning
/// in a search of the lists (<c>stop-words.txt</c>) and characters that sound or look alike (<c>confusables.txt</c>).
/// </summary>
public static class QueryTables
{
    private static readonly Lazy<IReadOnlyList<string>> Stop = new(() =>
        Lines("stop-words.txt").Select(CharFolding.Fold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Confusable = new(() =>
        Lines("confusables.txt").Select(l => l.Split('\t')).Where(p => p.Length == 2)
            .ToFrozenDictionary(p => CharFolding.Fold(p[0]), p => CharFolding.Fold(p[1]), StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyList<string>> Common = new(() =>
        Lines("common-words.txt").Select(CharFolding.Fold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    /// <summary>Folded common words of the lists (<c>common-words.txt</c>), in ordinal order: the index stores the documents holding all pairs of each (<c>CommonWords</c>).</summary>
    public static IReadOnlyList<string> CommonWords => Common.Value;

    /// <summary>Folded stop words, in ordinal order.</summary>
    public static IReadOnlyList<string> StopWords => Stop.Value;

    /// <summary>Folded character → the folded characters it may be typed for, in the order they are tried.</summary>
    public static IReadOnlyDictionary<string, string> Confusables => Confusable.Value;

    private static IEnumerable<string> Lines(string name)
    {
        var resource = "PowerList.Search.Analysis." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(resource + " is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }
}
