using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>
/// One power (职权事项) of one department in one category. Field names follow the YAML keys
/// (see docs/format.md): <c>code</c>, <c>name</c>, <c>catalogue</c>, <c>sub_items</c>, <c>basis</c>, <c>subject</c>, <c>handler</c>,
/// <c>levels</c>, <c>duties</c>, <c>responsibilities</c>, <c>accountable</c>, <c>accountability</c>, <c>process</c>,
/// <c>fees</c>, <c>supervision</c>, <c>remedies</c>, <c>notes</c>, <c>public</c>, <c>adjustments</c>, <c>ended</c>, <c>extra</c>.
/// </summary>
public sealed record Entry : Sourced
{
    /// <summary>Stable code, <c>^[0-9A-Z](?:[0-9A-Z-]{0,62}[0-9A-Z])?$</c>: safe in URLs and file names.</summary>
    public string Code { get; init; } = "";

    /// <summary>职权名称.</summary>
    public string Name { get; init; } = "";

    /// <summary>Department id, from the file's place (<c>lists/&lt;department&gt;/…</c>).</summary>
    public string Department { get; init; } = "";

    /// <summary>Category code, from the file's name (<c>…/&lt;category&gt;.yaml</c>).</summary>
    public string Category { get; init; } = "";

    /// <summary>目录编码: the code of the catalogue item this entry implements (<c>lists/catalogue.yaml</c>); empty when none.</summary>
    public string Catalogue { get; init; } = "";

    /// <summary>子项.</summary>
    public ImmutableArray<SubItem> SubItems { get; init; } = [];

    /// <summary>法定依据.</summary>
    public ImmutableArray<Citation> Basis { get; init; } = [];

    /// <summary>行使主体.</summary>
    public string Subject { get; init; } = "";

    /// <summary>承办机构.</summary>
    public string Handler { get; init; } = "";

    /// <summary>实施层级.</summary>
    public ImmutableArray<Level> Levels { get; init; } = [];

    /// <summary>部门职责.</summary>
    public string Duties { get; init; } = "";

    /// <summary>责任事项.</summary>
    public ImmutableArray<Responsibility> Responsibilities { get; init; } = [];

    /// <summary>追责对象范围.</summary>
    public string Accountable { get; init; } = "";

    /// <summary>追责情形.</summary>
    public string Accountability { get; init; } = "";

    /// <summary>运行流程 and 时限; null when the list gives none.</summary>
    public ProcessInfo? Process { get; init; }

    /// <summary>收费依据和标准; null when the list says nothing.</summary>
    public Fees? Fees { get; init; }

    /// <summary>监督方式; null when the list says nothing (the site's phone applies).</summary>
    public Supervision? Supervision { get; init; }

    /// <summary>救济渠道; empty means the site's default remedies.</summary>
    public ImmutableArray<string> Remedies { get; init; } = [];

    /// <summary>备注, Markdown.</summary>
    public string Notes { get; init; } = "";

    /// <summary>False for 涉密 entries: kept in the lists, never published.</summary>
    public bool Public { get; init; } = true;

    /// <summary>调整情况.</summary>
    public ImmutableArray<Adjustment> Adjustments { get; init; } = [];

    /// <summary>How the power ended (<c>ended:</c>); null while it is in force. An ended entry keeps its last text.</summary>
    public Ending? Ended { get; init; }

    /// <summary>True while the power is in force (not <see cref="Ended"/>).</summary>
    public bool IsInForce => Ended is null;

    /// <summary>Columns of an imported sheet that have no field of their own, by column title. Sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
