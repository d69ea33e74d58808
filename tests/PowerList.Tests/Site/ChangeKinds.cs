using PowerList.Model;
using PowerList.Writing;

namespace PowerList.Tests.Site;

/// <summary>
/// Kinds of change of docs/format.md, one row each, for the incremental-equals-clean oracle
/// (<see cref="IncrementalBuildTests"/>): every key of site.yaml, departments.yaml, categories.yaml, laws.yaml (aliases
/// and short titles cited), catalogue.yaml and synonyms.yaml, every optional key group of an entry, the not-public
/// toggle both ways, and template overrides beside the lists (a partial, a page template, an asset). An edit gets the
/// lists as loaded and returns them changed (written by ListsWriter), or edits files itself and returns null. A row
/// with a <see cref="Kind.Setup"/> first applies that, builds, and only then makes its change. Kinds that need more
/// than one file's edit or a release are in <see cref="IncrementalBuildTests"/>' own list (an entry added, deleted,
/// renamed, moved, ended, an adjustment, a release published, the layout template).
/// </summary>
public static class ChangeKinds
{
    /// <summary>How many HTML pages an incremental build may render again after the change (the oracle checks bytes either way).</summary>
    public enum Reach
    {
        /// <summary>At least one, fewer than a third: only the pages that show the change.</summary>
        Few,

        /// <summary>At least one.</summary>
        Some,

        /// <summary>Every page (a change every page shows).</summary>
        Every,

        /// <summary>None: the change reaches no HTML page (search data, downloads), or nothing shows it.</summary>
        None,
    }

    public sealed record Folders(string Lists, string Templates);

    public sealed record Kind(string Name, Reach Reach, Func<Folders, ListSet, ListSet?> Edit)
    {
        public Func<Folders, ListSet, ListSet?>? Setup { get; init; }
    }

    public static IReadOnlyList<Kind> All { get; } =
    [
        // site.yaml
        Site("site-jurisdiction", Reach.Some, s => s with { Jurisdiction = "改名后的市" }),
        Site("site-division-code", Reach.Some, s => s with { DivisionCode = "650203" }),
        Site("site-level", Reach.Some, s => s with { Level = "县市区级" }),
        Site("site-base-url", Reach.Every, s => s with { BaseUrl = "https://qzqd.example.gov.cn/" }),
        Site("site-complaint-phone", Reach.Some, s => s with { ComplaintPhone = "0990-12345" }),
        Site("site-address", Reach.Some, s => s with { Address = "某某路 1 号" }),
        Site("site-office-hours", Reach.Some, s => s with { OfficeHours = "工作日 9:30-18:00" }),
        Site("site-website", Reach.Some, s => s with { Website = "https://www.example.gov.cn/" }),
        Site("site-feedback", Reach.Some, s => s with { Feedback = "mailto:qzqd@example.gov.cn?subject=权责清单问题 {code}" }),
        Site("site-default-remedies", Reach.Some, s => s with { DefaultRemedies = ["行政复议"] }),
        Site("site-description", Reach.Some, s => s with { Description = "本清单**依法**公布。" }),

        // departments.yaml (the generated lists have one department)
        Department("department-short-name", Reach.Some, d => d with { ShortName = "简称" }),
        Department("department-kind", Reach.Some, d => d with { Kind = "法律法规授权组织" }),
        Department("department-website", Reach.Some, d => d with { Website = "https://dept.example.gov.cn/" }),
        Department("department-supervision-phone", Reach.Some, d => d with { SupervisionPhone = "0990-6000001" }),
        Department("department-complaint-phone", Reach.Some, d => d with { ComplaintPhone = "0990-6000002" }),
        Department("department-office-hours", Reach.Some, d => d with { OfficeHours = "工作日 10:00-17:00" }),
        Department("department-feedback", Reach.Some, d => d with { Feedback = "https://dept.example.gov.cn/feedback?item={code}" }),
        Department("department-added", Reach.Some, null, add: true),
        new("department-order", Reach.Some, (_, l) => l with { Departments = [.. l.Departments.Select(d => d with { Order = 100 - d.Order })] })
            { Setup = (_, l) => l with { Departments = l.Departments.Add(NewDepartment) } },

        // categories.yaml
        new("category-order", Reach.Some, (_, l) => l with { Categories = [.. l.Categories.Select(c => c with { Order = 100 - c.Order })] }),
        new("category-added", Reach.Some, (_, l) => l with { Categories = l.Categories.Add(NewCategory) }),

        // a list file added (of a category that had none)
        new("list-file-added", Reach.Some, (_, l) => l with
        {
            Files = l.Files.Add(new ListFile
            {
                Department = l.Files[0].Department,
                Category = NewCategory.Code,
                Entries = [l.Files[0].Entries[0] with { Code = l.Files[0].Entries[0].Code + "-DF", Name = "新清单文件中的事项", Category = NewCategory.Code, SubItems = [] }],
            }),
        }) { Setup = (_, l) => l with { Categories = l.Categories.Add(NewCategory) } },

        // laws.yaml
        Law("law-aliases", Reach.Some, l => l with { Aliases = ["测试简称法"] }),
        Law("law-level", Reach.Some, l => l with { Level = "地方性法规" }),
        Law("law-issuer", Reach.Some, l => l with { Issuer = "改过的制定机关" }),
        Law("law-dates", Reach.Some, l => l with { Promulgated = "2001-02-03", Effective = "2001-03-04" }),
        Law("law-revision", Reach.Some, l => l with { Revision = "2099年修正" }),
        Law("law-status-revised", Reach.Some, l => l with { Status = "已修订" }),
        new("law-replaced-by", Reach.Some, (_, l) =>
        {
            var at = CitedLaw(l);
            return l with { Laws = l.Laws.SetItem(at, l.Laws[at] with { ReplacedBy = l.Laws.First(x => x.Id != l.Laws[at].Id).Id }) };
        }),
        new("law-added", Reach.Some, (_, l) => l with { Laws = l.Laws.Add(new Law { Id = "new-law", Title = "新增的测试条例", Level = "地方性法规", Status = "现行有效" }) }),
        new("law-cited-by-alias", Reach.Some, (f, l) => CiteBy(f, l, law => law.Title + "简", alias: true)),
        new("law-cited-by-short-title", Reach.None, (f, l) => CiteBy(f, l, law => law.Title.Replace("中华人民共和国", ""), alias: false)),

        // catalogue.yaml, synonyms.yaml
        new("catalogue-added", Reach.Some, (f, l) => Catalogue(f, l, "测试目录")),
        new("catalogue-title", Reach.Some, (f, l) => Catalogue(f, l, "改过名的目录")) { Setup = (f, l) => Catalogue(f, l, "测试目录") },
        new("catalogue-item-renamed", Reach.Some, (f, l) => Catalogue(f, l, "测试目录", "（目录名称）")) { Setup = (f, l) => Catalogue(f, l, "测试目录") },
        new("catalogue-removed", Reach.Some, (f, l) => Delete(f, "catalogue.yaml", EditEntry(l, 0, e => e with { Catalogue = "" }))) { Setup = (f, l) => Catalogue(f, l, "测试目录") },
        new("synonyms-added", Reach.None, (f, l) => Synonyms(f, "罚款", "处罚")),
        new("synonyms-changed", Reach.None, (f, l) => Synonyms(f, "罚款", "处罚", "罚金")) { Setup = (f, l) => Synonyms(f, "罚款", "处罚") },

        // an entry's optional key groups
        Entry("entry-sub-items", Reach.Few, AddSubItem),
        Entry("entry-sub-item-edit", Reach.Few, e => e with { SubItems = [.. e.SubItems.Select(s => s with { Name = s.Name + "（改）", Notes = "改过的备注" })] })
            with { Setup = (f, l) => EditEntry(l, AddSubItem) },
        Entry("entry-sub-item-removed", Reach.Few, e => e with { SubItems = [] })
            with { Setup = (f, l) => EditEntry(l, AddSubItem) },
        Entry("entry-basis", Reach.Few, e => e with { Basis = [.. e.Basis.Select(c => c.IsStructured ? c with { Articles = "第九十九条", Quote = "改过的条文。" } : c), new Citation { Text = "不能解析的依据原文" }] }),
        Entry("entry-subject-handler", Reach.Few, e => e with { Subject = "改过的行使主体", Handler = "改过的承办机构" }),
        Entry("entry-levels", Reach.Few, e => e with { Levels = [new Level { Name = "县市区级", Scope = "改过的权限", Subject = "县级主体" }] }),
        Entry("entry-responsibilities", Reach.Few, e => e with { Responsibilities = [new Responsibility { Stage = "受理责任", Content = "改过的责任。", Basis = "改过的依据。" }] }),
        Entry("entry-accountable", Reach.Few, e => e with { Accountable = "改过的追责对象。" }),
        Entry("entry-process", Reach.Few, e => e with { Process = new ProcessInfo { Steps = [new ProcessStep { Name = "受理", Description = "当场受理。", TimeLimit = "1个工作日" }], StatutoryLimit = "20个工作日", PromisedLimit = "5个工作日" } }),
        Entry("entry-fees", Reach.Few, e => e with { Fees = new Fees { Charged = true, Basis = "收费依据", Standard = "每件 10 元" } }),
        Entry("entry-supervision", Reach.Few, e => e with { Supervision = new Supervision { Method = "改过的监督方式", Phone = "0990-7000001" } }),
        Entry("entry-remedies", Reach.Few, e => e with { Remedies = ["行政诉讼"] }),
        Entry("entry-urls", Reach.Few, e => e with { GuideUrl = "https://zwfw.example.gov.cn/guide/1", OnlineUrl = "https://zwfw.example.gov.cn/apply/1" }),
        Entry("entry-notes", Reach.Few, e => e with { Notes = "改过的**备注**，[链接](https://example.gov.cn/)。" }),
        Entry("entry-extra", Reach.Few, e => e with { Extra = e.Extra.SetItem("原表列名", "值") }),
        Entry("entry-ended-details", Reach.Few, e => e with { Ended = new Ending { Type = "转移", Date = "2099-03-01", Document = "测试文件〔2099〕5号", Reason = "改由他部门实施", To = "某某局" } })
            with { Setup = (f, l) => EditEntry(l, e => e with { Ended = new Ending { Type = "取消", Date = "2099-03-01", Document = "测试文件〔2099〕3号", Reason = "不再设定" } }) },
        Entry("entry-unpublished", Reach.Some, e => e with { Public = false }),
        Entry("entry-republished", Reach.Some, e => e with { Public = true }) with { Setup = (f, l) => EditEntry(l, e => e with { Public = false }) },

        // templates beside the lists
        new("template-partial", Reach.Some, (f, _) => Append(Path.Combine(f.Templates, "partials", "citations.hbs"), "<!-- 改过的片段 -->\n")),
        new("template-page", Reach.Some, (f, _) => Append(Path.Combine(f.Templates, "pages", "law.hbs"), "<!-- 改过的法规页 -->\n")),
        new("template-asset", Reach.Some, (f, _) => Append(Path.Combine(f.Templates, "assets", "site.css"), "\n.changed { color: #333; }\n")),
    ];

    private static Department NewDepartment => new() { Id = "xzj", Name = "新增的局", Order = 99 };

    private static Category NewCategory => new() { Code = "df", Name = "地方类别", Order = 11, Description = "本地增设。" };

    private static Entry AddSubItem(Entry e) => e with { SubItems = e.SubItems.Add(new SubItem { Code = e.Code + "-99", Name = "新增子项", Notes = "子项**备注**" }) };

    public static Kind Named(string name) => All.Single(k => k.Name == name);

    private static Kind Site(string name, Reach reach, Func<SiteInfo, SiteInfo> edit) =>
        new(name, reach, (_, l) => l with { Site = edit(l.Site) });

    private static Kind Department(string name, Reach reach, Func<Department, Department>? edit, bool add = false) =>
        new(name, reach, (_, l) => l with
        {
            Departments = add
                ? l.Departments.Add(NewDepartment)
                : l.Departments.SetItem(0, edit!(l.Departments[0])),
        });

    /// <summary>Edits the law the first list's first structured citation names.</summary>
    private static Kind Law(string name, Reach reach, Func<Law, Law> edit) =>
        new(name, reach, (_, l) =>
        {
            var at = CitedLaw(l);
            return l with { Laws = l.Laws.SetItem(at, edit(l.Laws[at])) };
        });

    /// <summary>Edits the third entry of the first list file.</summary>
    private static Kind Entry(string name, Reach reach, Func<Entry, Entry> edit) => new(name, reach, (_, l) => EditEntry(l, edit));

    private static ListSet EditEntry(ListSet lists, Func<Entry, Entry> edit) => EditEntry(lists, 2, edit);

    private static ListSet EditEntry(ListSet lists, int at, Func<Entry, Entry> edit)
    {
        var file = lists.Files[0];
        return lists with { Files = lists.Files.SetItem(0, file with { Entries = file.Entries.SetItem(at, edit(file.Entries[at])) }) };
    }

    private static int CitedLaw(ListSet lists)
    {
        var cited = lists.Files[0].Entries.SelectMany(e => e.Basis).First(c => c.IsStructured).Law;
        return lists.Laws.Select((law, i) => (law, i)).First(x => x.law.Id == cited).i;
    }

    /// <summary>
    /// The first list file cites the law by another name: an alias (added to laws.yaml) or its short title. The
    /// loader resolves every name to the law's id, so only the law's own page (its aliases) may change.
    /// </summary>
    private static ListSet? CiteBy(Folders folders, ListSet lists, Func<Law, string> name, bool alias)
    {
        var cited = lists.Files[0].Entries.SelectMany(e => e.Basis).Where(c => c.IsStructured).Select(c => c.Law).ToHashSet();
        var at = lists.Laws.Select((law, i) => (law, i))
            .First(x => cited.Contains(x.law.Id) && x.law.Title.StartsWith("中华人民共和国", StringComparison.Ordinal) && !x.law.Title.Contains('（')).i;
        var law = lists.Laws[at];
        var other = name(law);
        ListsWriter.Write(folders.Lists, alias ? lists with { Laws = lists.Laws.SetItem(at, law with { Aliases = [other] }) } : lists);

        var file = Path.Combine(folders.Lists, lists.Files[0].Department, lists.Files[0].Category + ".yaml");
        var text = File.ReadAllText(file);
        var renamed = text.Replace("law: " + law.Title + "\n", "law: " + other + "\n", StringComparison.Ordinal);
        renamed.ShouldNotBe(text, $"the list file cites {law.Title}");
        File.WriteAllText(file, renamed);
        return null;
    }

    /// <summary>catalogue.yaml of one item, implemented by the first entry (named as it, plus <paramref name="renamed"/>).</summary>
    private static ListSet? Catalogue(Folders folders, ListSet lists, string title, string renamed = "")
    {
        var entry = lists.Files[0].Entries[0];
        File.WriteAllText(Path.Combine(folders.Lists, "catalogue.yaml"), TopLevelYaml.Catalogue(new Catalogue
        {
            Title = title,
            Items = [new CatalogueItem { Code = "T-0001", Name = entry.Name + renamed, Category = entry.Category, Levels = ["地州市级"] }],
        }));
        ListsWriter.Write(folders.Lists, EditEntry(lists, 0, e => e with { Catalogue = "T-0001" }));
        return null;
    }

    private static ListSet? Synonyms(Folders folders, string term, params string[] expansions)
    {
        File.WriteAllText(
            Path.Combine(folders.Lists, "synonyms.yaml"),
            $"synonyms:\n  - term: {term}\n    expansions: [{string.Join(", ", expansions)}]\n");
        return null;
    }

    /// <summary>Deletes a file of the lists folder; the lists, changed to match, are written.</summary>
    private static ListSet Delete(Folders folders, string file, ListSet lists)
    {
        File.Delete(Path.Combine(folders.Lists, file));
        return lists;
    }

    private static ListSet? Append(string file, string text)
    {
        File.AppendAllText(file, text);
        return null;
    }
}
