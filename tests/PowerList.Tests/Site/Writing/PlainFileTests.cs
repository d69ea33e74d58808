using PowerList.Site.Writing;

namespace PowerList.Tests.Site.Writing;

/// <summary>
/// <see cref="PlainFile"/> (the site writers' open/write/close without .NET's locking) writes the same file as
/// <see cref="File.WriteAllBytes(string, byte[])"/>: the same bytes, an existing file emptied first, the same
/// permissions, and the same exception when the file cannot be created.
/// </summary>
public sealed class PlainFileTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("plain-file");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8_191)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void Writes_exactly_the_given_bytes(int length)
    {
        var content = new byte[length];
        new Random(length).NextBytes(content);
        var path = Path.Combine(_dir, "页面.html");

        PlainFile.Write(path, content);

        File.ReadAllBytes(path).ShouldBe(content);
    }

    [Fact]
    public void An_existing_longer_file_is_replaced_not_overwritten_in_part()
    {
        var path = Path.Combine(_dir, "index.html");
        File.WriteAllText(path, "a much longer previous content");

        PlainFile.Write(path, "new"u8.ToArray());

        File.ReadAllText(path).ShouldBe("new");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_file_gets_the_permissions_WriteAllBytes_gives()
    {
        var ours = Path.Combine(_dir, "ours.html");
        var theirs = Path.Combine(_dir, "theirs.html");
        PlainFile.Write(ours, [1, 2, 3]);
        File.WriteAllBytes(theirs, [1, 2, 3]);

        File.GetUnixFileMode(ours).ShouldBe(File.GetUnixFileMode(theirs));
    }

    [Fact]
    public void A_missing_folder_throws_as_WriteAllBytes_does()
    {
        var path = Path.Combine(_dir, "no-such-folder", "index.html");

        Should.Throw<DirectoryNotFoundException>(() => PlainFile.Write(path, [1]));
        Directory.Exists(Path.Combine(_dir, "no-such-folder")).ShouldBeFalse();
    }
}
