using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>An entry of <c>lists/laws.yaml</c>: a legal source that entries cite.</summary>
public sealed record Law : Sourced
{
    /// <summary>Stable id, lowercase ASCII (<c>[a-z0-9][a-z0-9-]*</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>Full title without book-title marks, e.g. 中华人民共和国行政处罚法.</summary>
    public string Title { get; init; } = "";

    /// <summary>Other titles under which the same source has been cited (older names, abbreviations).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>法律, 行政法规, 地方性法规, 部门规章, 地方政府规章, 规范性文件.</summary>
    public string Level { get; init; } = "";

    public string Issuer { get; init; } = "";

    /// <summary>公布日期, YYYY-MM-DD.</summary>
    public string Promulgated { get; init; } = "";

    /// <summary>施行日期, YYYY-MM-DD.</summary>
    public string Effective { get; init; } = "";

    /// <summary>Last revision note as published, e.g. 2021年1月22日修订.</summary>
    public string Revision { get; init; } = "";

    /// <summary>现行有效, 已修订, 已废止.</summary>
    public string Status { get; init; } = "";

    /// <summary>Id of the law that replaced this one, if any.</summary>
    public string ReplacedBy { get; init; } = "";
}
