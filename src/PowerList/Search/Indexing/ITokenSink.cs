namespace PowerList.Search.Indexing;

/// <summary>Receives the index tokens of <see cref="TokenScanner.Scan{TSink}"/>: short ones as a key, longer ones as folded characters.</summary>
internal interface ITokenSink
{
    /// <summary>A token of one or two characters, as <see cref="TokenScanner.Key(char, char)"/>.</summary>
    void Short(uint key);

    /// <summary>An ASCII run of three or more folded characters.</summary>
    void Long(ReadOnlySpan<char> token);
}
