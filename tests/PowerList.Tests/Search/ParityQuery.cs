namespace PowerList.Tests.Search;

/// <summary>A line of tests/fixtures/search-queries.txt: the query, then optional <c>|dept=ID</c>, <c>|cat=CODE</c>.</summary>
public static class ParityQuery
{
    public static (string Query, string? Department, string? Category) Parse(string line)
    {
        var parts = line.Split('|');
        string? department = null, category = null;
        foreach (var part in parts.Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv[0] == "dept")
            {
                department = kv[1];
            }
            else if (kv[0] == "cat")
            {
                category = kv[1];
            }
        }

        return (parts[0], department, category);
    }
}
