namespace PowerList.Model;

/// <summary>
/// One legal basis of an entry. Structured: <see cref="Law"/> (a law id) with optional <see cref="Articles"/>
/// (第二十二条第一款) and <see cref="Quote"/> (the article's text). Free-text fallback: only <see cref="Text"/>.
/// </summary>
public sealed record Citation : Sourced
{
    public string Law { get; init; } = "";

    public string Articles { get; init; } = "";

    public string Quote { get; init; } = "";

    /// <summary>Free text, used when the basis could not be parsed into a law and articles.</summary>
    public string Text { get; init; } = "";

    public bool IsStructured => Law.Length > 0;
}
