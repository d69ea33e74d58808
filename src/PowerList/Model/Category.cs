namespace PowerList.Model;

/// <summary>An entry of <c>lists/categories.yaml</c>: one kind of administrative power.</summary>
public sealed record Category : Sourced
{
    /// <summary>Short code, lowercase ASCII, e.g. <c>cf</c> for 行政处罚. Also the list file's name.</summary>
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public int Order { get; init; }

    /// <summary>One plain sentence for citizens.</summary>
    public string Description { get; init; } = "";
}
