using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>Whether two arrays hold the very same objects in the same order: what a load that reused unchanged files gives.</summary>
public static class SameObjects
{
    public static bool In<T>(ImmutableArray<T> a, ImmutableArray<T> b)
        where T : class
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
