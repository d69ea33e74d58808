namespace PowerList.Format;

/// <summary>One key of a mapping in the list format, with its Chinese title for messages, schemas and editors.</summary>
public sealed record Field(string Key, FieldKind Kind, string Title, string Description = "")
{
    /// <summary>The shape of the items (for <see cref="FieldKind.Object"/>, <see cref="FieldKind.ObjectList"/>, <see cref="FieldKind.Citations"/>).</summary>
    public Shape? Item { get; init; }

    /// <summary>A value must be given and not empty.</summary>
    public bool Required { get; init; }

    /// <summary>The allowed values, when the field is an enumeration.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>A regular expression the value must match (JSON Schema <c>pattern</c>).</summary>
    public string? Pattern { get; init; }

    private string[]? _itemKeys;

    /// <summary>The source key of item <paramref name="index"/> of a list (<c>remedies[0]</c>), cached for small indexes.</summary>
    public string ItemKey(int index)
    {
        const int Cached = 32;
        if (index >= Cached)
        {
            return $"{Key}[{index}]";
        }

        var keys = _itemKeys ??= new string[Cached];
        return keys[index] ??= $"{Key}[{index}]";
    }
}
