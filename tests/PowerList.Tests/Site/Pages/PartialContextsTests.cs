using HandlebarsDotNet;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site.Pages;

/// <summary>
/// <see cref="PartialContexts"/>: the binding contexts made for partial calls go back to Handlebars' pool after each
/// page, and no context still in use is given back (which would let two renders share one and mix their pages).
/// </summary>
public sealed class PartialContextsTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("partial-contexts");

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
    public void Only_partials_never_called_bare_own_their_contexts()
    {
        var owning = PartialContexts.OnlyCalledWithContext(
        [
            "{{#> layout}}x{{/layout}} {{> citations basis}} {{~> pager where=\"页尾\" ~}} {{> row}}",
            "{{#each rows}}{{> Row this}}{{/each}} {{> chart svg}} {{>footer}} {{> @partial-block}}",
        ]);

        owning.ShouldBe(["layout", "citations", "pager", "chart"], ignoreOrder: true);
        PartialContexts.OnlyCalledWithContext(["{{> citations basis}}", "{{> (lookup . 'name') basis}}"]).ShouldBeEmpty();
        PartialContexts.OnlyCalledWithContext(["{{> citations basis}}", "{{> \"citations\"}}"]).ShouldBeEmpty();
    }

    [Fact]
    public void Pages_render_as_plain_Handlebars_renders_them_again_and_again_on_many_threads()
    {
        Write("layout.hbs", "<main>{{> @partial-block}}</main>{{> footer}}");
        Write("partials/footer.hbs", "<footer>{{title}}</footer>");
        Write("partials/row.hbs", "<li>{{name}}{{#if items}}{{#each items}}{{> row this}}{{/each}}{{/if}}</li>");
        Write("partials/note.hbs", "[{{text}}|{{title}}]");
        Write("pages/page.hbs",
            "{{#> layout}}<h1>{{title}}</h1><ul>{{#each rows}}{{> row this}}{{> note text=name}}{{/each}}</ul>{{> note}}{{#with first}}{{> note}}{{/with}}{{/layout}}");

        var templates = TemplateSet.Load(_dir);
        var plain = PlainHandlebars();
        var pages = Enumerable.Range(0, 400).Select(Model).ToArray();
        var rendered = new string[pages.Length];
        Parallel.For(0, pages.Length, i => rendered[i] = templates.Render("page", pages[i]));
        for (var i = 0; i < pages.Length; i++)
        {
            rendered[i].ShouldBe(plain(pages[i]));
            rendered[i].ShouldContain($"<h1>第 {i} 页</h1>");
        }
    }

    [Fact]
    public void A_page_with_a_block_partial_allocates_no_binding_context_once_warm()
    {
        Write("layout.hbs", "<main>{{> @partial-block}}</main>");
        Write("partials/note.hbs", "[{{text}}]");
        Write("pages/page.hbs", "{{#> layout}}<h1>{{title}}</h1>{{#each rows}}{{> note text=name}}{{/each}}{{/layout}}");
        var templates = TemplateSet.Load(_dir);
        var model = Model(1);
        for (var i = 0; i < 20; i++)
        {
            templates.RenderUtf8("page", model);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            templates.RenderUtf8("page", model);
        }

        // A binding context is about 13 KB; four per page (the layout's, one per row's note) were made anew before.
        // Checked in session 33 (s33-tidy): 824 B per page with PartialContexts, 39,128 B with partials registered
        // without it (Wrap returning the partial itself), so this bound fails without it.
        ((GC.GetAllocatedBytesForCurrentThread() - before) / 100).ShouldBeLessThan(10_000);
    }

    private static object Model(int n) => new
    {
        title = $"第 {n} 页",
        first = new { text = "甲" },
        rows = new object[]
        {
            new { name = $"行 {n}", items = new object[] { new { name = "子项", items = Array.Empty<object>() } } },
            new { name = "行 二", items = Array.Empty<object>() },
            new { name = "行 三", items = Array.Empty<object>() },
        },
    };

    /// <summary>The same templates through Handlebars alone, partials registered as text.</summary>
    private Func<object, string> PlainHandlebars()
    {
        var hbs = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        hbs.RegisterTemplate("layout", File.ReadAllText(Path.Combine(_dir, "layout.hbs")));
        foreach (var file in Directory.GetFiles(Path.Combine(_dir, "partials")))
        {
            hbs.RegisterTemplate(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }

        var page = hbs.Compile(File.ReadAllText(Path.Combine(_dir, "pages", "page.hbs")));
        return model => page(model);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
