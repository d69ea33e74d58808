namespace PowerList.Loading;

/// <summary>A YAML sequence (block <c>- a</c> or flow <c>[a, b]</c>).</summary>
public sealed class YamlSequence : YamlNode
{
    public YamlSequence(int line, int column)
        : this(line, column, [])
    {
    }

    /// <summary>A sequence of <paramref name="items"/> (the list is not copied).</summary>
    internal YamlSequence(int line, int column, List<YamlNode> items)
        : base(line, column)
    {
        Items = items;
    }

    public List<YamlNode> Items { get; }

    public override string KindName => "列表";
}
