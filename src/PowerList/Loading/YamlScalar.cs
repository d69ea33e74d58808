namespace PowerList.Loading;

/// <summary>A scalar exactly as written; <see cref="IsPlain"/> tells plain from quoted or block style.</summary>
public sealed class YamlScalar : YamlNode
{
    public YamlScalar(int line, int column, string value, bool isPlain)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: read as "nothing given".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "空值" : "文本";
}
