namespace PowerList.Export;

/// <summary>
/// Rows that stop a writer when its token is cancelled (<c>serve</c> drops the downloads it was making in the
/// background as soon as the lists change again): one check per row, nothing when the token cannot be cancelled.
/// </summary>
public static class Cancellable
{
    public static IEnumerable<T> Rows<T>(IEnumerable<T> rows, CancellationToken token) =>
        token.CanBeCanceled ? Checked(rows, token) : rows;

    private static IEnumerable<T> Checked<T>(IEnumerable<T> rows, CancellationToken token)
    {
        foreach (var row in rows)
        {
            token.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
