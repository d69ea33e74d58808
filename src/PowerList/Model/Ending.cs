using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>
/// How an entry ended (<c>ended:</c> in the lists, docs/format.md "The life of a power"): 取消, 合并, 下放 or 转移, with
/// the date, the document that ordered it, the reason and the codes that carry on its work. An ended entry stays in
/// the lists with its last text; it is no longer a power in force.
/// </summary>
public sealed record Ending : Sourced
{
    /// <summary>One of <see cref="AdjustmentType.Endings"/>.</summary>
    public string Type { get; init; } = "";

    /// <summary>YYYY-MM-DD, the day it stopped being in force.</summary>
    public string Date { get; init; } = "";

    /// <summary>The document that ordered it, e.g. 克政发〔2025〕9号.</summary>
    public string Document { get; init; } = "";

    /// <summary>Why, in one or two sentences.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The codes that carry on its work: for 合并 the entry it was merged into (required), for 转移 the receiving department's entry (optional).</summary>
    public ImmutableArray<string> Successors { get; init; } = [];

    /// <summary>The level or department that now exercises it (下放 to 县市区级, 转移 to 市市场监督管理局), as text.</summary>
    public string To { get; init; } = "";
}
