namespace PowerList.Cli.Commands;

/// <summary>A folder a command creates files in (<c>init</c>, <c>theme export</c>): missing or empty, or refused.</summary>
internal static class TargetFolder
{
    /// <summary>Null when <paramref name="dir"/> may be written; else why not, in Chinese, for stderr.</summary>
    public static string? Refusal(string dir, string overrideHint)
    {
        if (File.Exists(dir))
        {
            return $"{dir} 是一个文件，不是文件夹";
        }

        return Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any()
            ? $"文件夹 {dir} 不是空的，为免覆盖其中的文件，没有写入任何内容{overrideHint}"
            : null;
    }
}
