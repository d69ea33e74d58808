namespace PowerList.Building;

/// <summary>
/// The codes of a sequence of items, as a warm process remembers them (the search documents,
/// <c>Search/Indexing/ExtractionMemory</c>): whatever was derived from the codes alone can be taken again while they
/// are the same codes at the same places.
/// </summary>
public static class CodeSequence
{
    /// <summary>The code of each item, in order.</summary>
    public static string[] Of<T>(IReadOnlyList<T> items, Func<T, string> code)
    {
        var codes = new string[items.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = code(items[i]);
        }

        return codes;
    }

    /// <summary>Whether <paramref name="items"/> have exactly the codes <paramref name="codes"/>, in that order (ordinal).</summary>
    public static bool Same<T>(string[] codes, IReadOnlyList<T> items, Func<T, string> code)
    {
        if (codes.Length != items.Count)
        {
            return false;
        }

        for (var i = 0; i < codes.Length; i++)
        {
            if (!string.Equals(codes[i], code(items[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
