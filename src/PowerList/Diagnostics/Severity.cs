namespace PowerList.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
