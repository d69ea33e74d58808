using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Tests.Site.Templates;

/// <summary>
/// <see cref="TemplateSource"/>: the embedded defaults hold exactly the repository's <c>site-templates/</c> (names,
/// bytes, key); <see cref="TemplateSource.Resolve"/> takes the explicit folder, else the folder beside the lists, else
/// the embedded set; a reload of the embedded set keeps the compiled templates.
/// </summary>
public sealed class TemplateSourceTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("template-source");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_embedded_set_is_the_repository_folder_file_for_file()
    {
        var folder = TemplateSource.FromFolder(SiteTestSupport.Templates);
        var embedded = TemplateSource.Embedded;

        embedded.Folder.ShouldBeNull();
        embedded.Files().ShouldBe(folder.Files());
        embedded.Files().ShouldContain("pages/home.hbs");
        foreach (var file in folder.Files())
        {
            embedded.Read(file).ShouldBe(folder.Read(file), file);
        }

        embedded.Key().ShouldBe(folder.Key());
        embedded.Key().ShouldBe(PowerList.Building.ContentKey.OfFolder(Path.GetFullPath(SiteTestSupport.Templates)));
        Should.Throw<FileNotFoundException>(() => embedded.Read("pages/none.hbs"));
    }

    [Fact]
    public void Resolution_is_the_explicit_folder_then_the_folder_beside_the_lists_then_the_embedded_set()
    {
        var lists = Directory.CreateDirectory(Path.Combine(_dir, "lists")).FullName;
        var explicitDir = Path.Combine(_dir, "mine");

        TemplateSource.Resolve(lists).ShouldBeSameAs(TemplateSource.Embedded);
        TemplateSource.Resolve(lists, explicitDir).Folder.ShouldBe(explicitDir, "an explicit folder is taken even when missing: the build says so");

        var beside = Directory.CreateDirectory(Path.Combine(_dir, TemplateSource.FolderName)).FullName;
        TemplateSource.Resolve(lists).Folder.ShouldBe(beside);
        TemplateSource.Resolve(lists + Path.DirectorySeparatorChar).Folder.ShouldBe(beside);
        TemplateSource.Resolve(lists, explicitDir).Folder.ShouldBe(explicitDir);
    }

    [Fact]
    public void The_embedded_templates_are_compiled_once_and_render_like_the_folder()
    {
        var first = TemplateSet.Load(TemplateSource.Embedded);
        TemplateSet.Reload(TemplateSource.Embedded, first).ShouldBeSameAs(first);
        TemplateSet.Reload(TemplateSource.FromFolder(SiteTestSupport.Templates), first).ShouldNotBeSameAs(first);

        var folder = TemplateSet.Load(SiteTestSupport.Templates);
        first.Assets.ShouldBe(folder.Assets);
        first.Key.ShouldBe(folder.Key);
        first.ReadAsset("site.css").ShouldBe(folder.ReadAsset("site.css"));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_reported_by_name()
    {
        var missing = Path.Combine(_dir, "nowhere");

        var source = TemplateSource.FromFolder(missing);

        source.Exists.ShouldBeFalse();
        source.Files().ShouldBeEmpty();
        Should.Throw<DirectoryNotFoundException>(() => TemplateSet.Load(source)).Message.ShouldContain(missing);
    }
}
