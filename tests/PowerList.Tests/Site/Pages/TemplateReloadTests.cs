using PowerList.Site.Pages;

namespace PowerList.Tests.Site.Pages;

/// <summary><see cref="TemplateSet.Reload"/>: <c>serve</c> compiles the templates again only when a file of theirs changed.</summary>
public sealed class TemplateReloadTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("templates");

    public TemplateReloadTests()
    {
        SiteTestSupport.CopyFolder(SiteTestSupport.Templates, _dir);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Unchanged_templates_are_kept_and_a_changed_file_is_compiled_again()
    {
        var first = TemplateSet.Load(_dir);
        TemplateSet.Reload(_dir, first).ShouldBeSameAs(first);
        TemplateSet.Reload(_dir, null).ShouldNotBeSameAs(first);

        var about = Path.Combine(_dir, "pages", "about.hbs");
        File.AppendAllText(about, "<p>改过的模板</p>");
        var second = TemplateSet.Reload(_dir, first);
        second.ShouldNotBeSameAs(first);
        second.Key.ShouldNotBe(first.Key);
        second.Key.ShouldBe(PowerList.Building.ContentKey.OfFolder(Path.GetFullPath(_dir)));
        TemplateSet.Reload(_dir, second).ShouldBeSameAs(second);

        var asset = Path.Combine(_dir, "assets", "new.txt");
        File.WriteAllText(asset, "新文件");
        var third = TemplateSet.Reload(_dir, second);
        third.ShouldNotBeSameAs(second);
        third.Assets.ShouldContain("new.txt");
    }

    [Fact]
    public void Templates_of_another_folder_are_not_taken()
    {
        var other = SiteTestSupport.NewTempFolder("templates-other");
        try
        {
            SiteTestSupport.CopyFolder(SiteTestSupport.Templates, other);
            var first = TemplateSet.Load(_dir);
            var loaded = TemplateSet.Reload(other, first);
            loaded.ShouldNotBeSameAs(first);
            loaded.Folder.ShouldBe(Path.GetFullPath(other));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }
}
