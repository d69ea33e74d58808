using PowerList.Output;
using PowerList.Site.Writing;
using PowerList.Tests.Site;

namespace PowerList.Tests.Security;

/// <summary>
/// Defence in depth behind the validator: the atomic site writer refuses any output path that would land outside
/// its temporary folder, whatever a contributor hands it, and nothing is written beside the site.
/// </summary>
public sealed class WriterContainmentTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("containment");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> EscapingPaths() => new()
    {
        "../escaped.html",
        "a/../../escaped.html",
        "entry/../../../escaped.html",
        "/tmp/escaped.html",
        "//escaped.html",
        "..",
        ".",
        "a/./b",
        "a//b",
        "a\\..\\..\\escaped.html",
        "C:/escaped.html",
        "C:escaped.html",
        "entry/A\0B/index.html",
        "entry/\n/index.html",
        "entry/" + new string('A', 300) + "/index.html",
        "",
    };

    [Theory]
    [MemberData(nameof(EscapingPaths))]
    public void A_path_outside_the_output_folder_is_refused_and_nothing_is_written(string path)
    {
        var output = Path.Combine(_dir, "site");
        using (var writer = AtomicSiteWriter.Open(output))
        {
            Should.Throw<InvalidOperationException>(() => writer.Write(new OutputFile(path, "x"u8.ToArray())));
            Directory.EnumerateFileSystemEntries(writer.TempFolder, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        }

        Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        File.Exists("/tmp/escaped.html").ShouldBeFalse();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("entry/650200-FGW-CF-0001/index.html")]
    [InlineData("a..b/c...html")]
    public void Ordinary_paths_are_written_inside(string path)
    {
        var output = Path.Combine(_dir, "site");
        using (var writer = AtomicSiteWriter.Open(output))
        {
            writer.Write(new OutputFile(path, "x"u8.ToArray()));
            writer.Commit();
        }

        File.ReadAllText(Path.Combine(output, path)).ShouldBe("x");
    }
}
