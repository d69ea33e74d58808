namespace PowerList.Model;

/// <summary>实施层级: a level of government that exercises the power, with the scope of its authority.</summary>
public sealed record Level : Sourced
{
    /// <summary>e.g. 省级, 地州市级, 县市区级, 乡镇（街道）级.</summary>
    public string Name { get; init; } = "";

    /// <summary>权限/范围 text.</summary>
    public string Scope { get; init; } = "";

    /// <summary>行使主体 at this level when it differs from the entry's.</summary>
    public string Subject { get; init; } = "";
}
