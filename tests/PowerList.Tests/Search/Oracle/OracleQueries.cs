namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// The query files the oracle runs (each line a query, then optional <c>|dept=ID</c>, <c>|cat=CODE</c>; # comments):
/// the shared <c>tests/fixtures/search-queries.txt</c> and <c>tests/fixtures/oracle-queries.txt</c> (everyday and
/// partial wordings over the real lists).
/// </summary>
public static class OracleQueries
{
    public static IReadOnlyList<string> Files { get; } = ["search-queries.txt", "oracle-queries.txt"];

    /// <summary>Every query line of every file, in file order, without repeats.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Files.SelectMany(f => CaseFile.Queries(f)).Distinct(StringComparer.Ordinal)];
}
