namespace PowerList.Loading;

/// <summary>A YAML sequence (block <c>- a</c> or flow <c>[a, b]</c>).</summary>
public sealed class YamlSequence : YamlNode
{
    public YamlSequence(int line, int column)
        : base(line, column)
    {
    }

    public List<YamlNode> Items { get; } = new();

    public override string KindName => "列表";
}
