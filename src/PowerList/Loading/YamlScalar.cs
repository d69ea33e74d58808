namespace PowerList.Loading;

/// <summary>A scalar exactly as written; <see cref="IsPlain"/> tells plain from quoted or block style.</summary>
public sealed class YamlScalar : YamlNode
{
    public YamlScalar(int line, int column, string value, bool isPlain, bool isPlaceholder = false)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
        IsPlaceholder = isPlaceholder;
    }

    /// <summary>Stands for a value already reported and not read (an alias, an over-long scalar): checks skip it silently.</summary>
    public bool IsPlaceholder { get; }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: read as "nothing given".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Nothing given: a null or an empty (even quoted) text.</summary>
    public bool IsEmpty => Value.Length == 0 || IsNull;

    public override string KindName => IsNull ? "空值" : "文本";
}
