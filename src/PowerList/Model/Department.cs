namespace PowerList.Model;

/// <summary>An entry of <c>lists/departments.yaml</c>.</summary>
public sealed record Department : Sourced
{
    /// <summary>Stable id, lowercase ASCII (<c>[a-z][a-z0-9-]*</c>); also the folder name under <c>lists/</c>.</summary>
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string ShortName { get; init; } = "";

    /// <summary>政府工作部门 / 法律法规授权组织 / 中央垂直管理部门.</summary>
    public string Kind { get; init; } = "";

    public string Address { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Website { get; init; } = "";

    public int Order { get; init; }
}
