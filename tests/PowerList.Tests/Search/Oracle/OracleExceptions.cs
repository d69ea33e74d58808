namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// <c>oracle-exceptions.txt</c> beside this file: queries where our engine legitimately differs from Lucene, one per
/// line: corpus, TAB, check, TAB, the query line, TAB, the reason. Check <c>first</c>: Lucene's first result is
/// not in our top 10; <c>recall</c>: our recall at 10 is below Lucene's on this query (the query is then left out
/// of both engines' mean recall, which is also printed with it). A listed query that no longer differs fails its
/// test, so the list holds only real differences.
/// </summary>
public static class OracleExceptions
{
    public const string First = "first";
    public const string Recall = "recall";

    private static readonly Lazy<IReadOnlyDictionary<(string Corpus, string Check, string Line), string>> Table = new(Read);

    public static IReadOnlyDictionary<(string Corpus, string Check, string Line), string> All => Table.Value;

    public static string? Reason(string corpus, string check, string line) => All.GetValueOrDefault((corpus, check, line));

    public static int Count(string corpus, string check) => All.Keys.Count(k => k.Corpus == corpus && k.Check == check);

    private static IReadOnlyDictionary<(string, string, string), string> Read()
    {
        var path = Path.Combine(BuiltIndex.RepoRoot(), "tests", "PowerList.Tests", "Search", "Oracle", "oracle-exceptions.txt");
        var table = new Dictionary<(string, string, string), string>();
        foreach (var (line, number) in File.ReadAllLines(path).Select((l, i) => (l, i + 1)).Where(p => p.l.Trim().Length > 0 && !p.l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || !OracleCorpus.Names.Contains(parts[0]) || parts[1] is not (First or Recall) || parts[3].Trim().Length == 0)
            {
                throw new FormatException($"{path}:{number}: expected corpus<TAB>first|recall<TAB>query<TAB>reason, got: {line}");
            }

            table.Add((parts[0], parts[1], parts[2]), parts[3]);
        }

        return table;
    }
}
