namespace PowerList.Loading;

/// <summary>A node of our own positioned YAML tree (no anchors, no aliases, keys are scalars).</summary>
public abstract class YamlNode
{
    protected YamlNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the node's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the node's first character.</summary>
    public int Column { get; }

    /// <summary>Chinese name of the node's kind, for messages (文本, 映射, 列表).</summary>
    public abstract string KindName { get; }
}
