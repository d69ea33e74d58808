namespace PowerList.Loading;

/// <summary>What a path is, as <c>lstat</c> sees it (a symbolic link is not followed).</summary>
public enum FileType
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
