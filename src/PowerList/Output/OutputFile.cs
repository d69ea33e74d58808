namespace PowerList.Output;

/// <summary>
/// One file of a built site, before it is written. <see cref="Path"/> is relative to the site root, with forward
/// slashes and no leading slash (e.g. <c>entry/650200-FGW-CF-0001/index.html</c>).
/// </summary>
public sealed record OutputFile(string Path, byte[] Content);
