namespace PowerList.Diagnostics;

/// <summary>Shows file paths relative to a folder (the current one by default), with forward slashes.</summary>
public static class DiagnosticPaths
{
    public static string Display(string file, string? baseDirectory = null)
    {
        if (file.Length == 0)
        {
            return "<unknown>";
        }

        var root = baseDirectory ?? Directory.GetCurrentDirectory();
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(root, full);
        return relative.Replace('\\', '/');
    }
}
