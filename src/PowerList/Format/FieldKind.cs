namespace PowerList.Format;

/// <summary>What a key of the list format holds.</summary>
public enum FieldKind
{
    /// <summary>Any scalar, kept exactly as written (<c>0990123</c> stays text).</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>, unquoted.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A sequence of scalars.</summary>
    TextList,

    /// <summary>A mapping of one <see cref="Field.Item"/> shape.</summary>
    Object,

    /// <summary>A sequence of mappings of the <see cref="Field.Item"/> shape.</summary>
    ObjectList,

    /// <summary>A mapping of text keys to scalar values (<c>extra</c>).</summary>
    TextMap,

    /// <summary>Legal basis: one text, or a sequence whose items are texts or <see cref="Field.Item"/> mappings.</summary>
    Citations,
}
