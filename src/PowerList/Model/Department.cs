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

    /// <summary>监督电话 of the department; the site's applies when empty.</summary>
    public string SupervisionPhone { get; init; } = "";

    /// <summary>投诉电话 of the department.</summary>
    public string ComplaintPhone { get; init; } = "";

    /// <summary>办公时间.</summary>
    public string OfficeHours { get; init; } = "";

    /// <summary>报告问题: an http(s) URL or a mailto: template; <c>{code}</c> stands for the entry's code.</summary>
    public string Feedback { get; init; } = "";

    public int Order { get; init; }
}
