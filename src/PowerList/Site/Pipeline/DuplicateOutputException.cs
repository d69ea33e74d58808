namespace PowerList.Site.Pipeline;

/// <summary>Two contributors produced the same file: a bug in one of them, never a user error.</summary>
public sealed class DuplicateOutputException : InvalidOperationException
{
    public DuplicateOutputException(string path, string first, string second)
        : base($"两个网站组件写了同一个文件 \"{path}\"：{first} 和 {second}。")
    {
        Path = path;
    }

    public string Path { get; }
}
