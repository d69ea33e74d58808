namespace PowerList.Diagnostics;

/// <summary>"Did you mean" for misspelt keys and ids: the closest candidate by edit distance, if close enough.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="typed"/>, or null when none is plausibly meant.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, typed, StringComparison.OrdinalIgnoreCase)
                && (best is null || string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate; // same word in another letter case (FGW for fgw)
            }
        }

        if (best is not null)
        {
            return best;
        }

        var limit = Math.Max(2, typed.Length / 3);
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - typed.Length) > limit)
            {
                continue;
            }

            var d = Distance(typed, candidate, limit);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= limit && bestDistance < Math.Max(typed.Length, 1) ? best : null;
    }

    /// <summary>"，是不是要写“x”？" or an empty string.</summary>
    public static string Hint(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } s ? $"，是不是要写“{s}”？" : "";

    /// <summary>Optimal string alignment distance (a swap of neighbours counts one); stops early above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        var n = a.Length;
        var m = b.Length;
        var prev2 = new int[m + 1];
        var prev = new int[m + 1];
        var cur = new int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[m];
    }
}
