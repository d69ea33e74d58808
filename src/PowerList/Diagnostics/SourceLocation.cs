namespace PowerList.Diagnostics;

/// <summary>Where a value came from: a file and a 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None { get; } = new("", 0, 0);

    public static SourceLocation OfFile(string file) => new(file, 1, 1);

    public bool IsNone => File.Length == 0;

    public override string ToString() => $"{File}:{Line}:{Column}";
}
