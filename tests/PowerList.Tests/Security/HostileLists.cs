using System.Collections.Immutable;
using System.Globalization;
using PowerList.Model;
using PowerList.Writing;

namespace PowerList.Tests.Security;

/// <summary>
/// A lists set with a hostile payload (<see cref="HostileCorpus"/>) in every text field: the site, categories,
/// departments (including <c>website</c> as a <c>javascript:</c> / <c>data:</c> URL), laws, and one entry per
/// payload with that payload in all of its fields, sub-items, levels, responsibilities, process steps,
/// citations, adjustments and extra columns (as value and as column title). Entry names start with
/// <see cref="SearchWord"/> so one query finds them all. <see cref="WriteTree"/> writes it as a lists folder.
/// </summary>
public static class HostileLists
{
    public const string SearchWord = "恶意事项";

    public static IReadOnlyList<string> P => HostileCorpus.Payloads;

    public static string Code(int i) => $"650200-HOS-CF-{i:D4}";

    public static ListSet Create()
    {
        string At(int i) => P[i % P.Count];
        var all = string.Join("\n\n", P.Where(p => p.Length < 1000));
        var site = new SiteInfo
        {
            Jurisdiction = "克拉玛依市" + At(0),
            DivisionCode = "650200",
            Title = "恶意站点" + At(1),
            BaseUrl = "https://qzqd.example.gov.cn/hostile/",
            SupervisionPhone = At(2),
            ComplaintPhone = At(25),
            Address = At(26),
            OfficeHours = At(27),
            Website = "javascript:" + HostileCorpus.Action(903),
            Feedback = "javascript:" + HostileCorpus.Action(904) + "//{code}",
            DefaultRemedies = [At(3), At(4)],
            Description = all,
        };
        var categories = ImmutableArray.Create(
            new Category { Code = "xk", Name = "行政许可" + At(5), Order = 1, Description = all },
            new Category { Code = "cf", Name = "行政处罚" + At(6), Order = 2, Description = At(7) });
        var departments = ImmutableArray.Create(
            new Department { Id = "hos", Name = "恶意部门" + At(8), ShortName = At(9), Kind = "政府工作部门", Address = At(10), Phone = At(11), Website = "javascript:" + HostileCorpus.Action(901), SupervisionPhone = At(28), OfficeHours = At(29), Feedback = "mailto:a@b.example?subject=" + At(30) + "{code}", Order = 1 },
            new Department { Id = "evil", Name = "另一部门" + At(12), ShortName = At(13), Kind = "政府工作部门", Address = At(14), Phone = At(15), Website = "data:text/html,<script>" + HostileCorpus.Action(902) + "</script>", Order = 2 });
        var laws = ImmutableArray.Create(
            new Law { Id = "hostile-law", Title = "恶意法律" + At(16), Aliases = [At(17), At(18)], Level = "法律", Issuer = At(19), Promulgated = "2015-04-24", Effective = "2015-10-01", Revision = At(20), Status = "现行有效" },
            new Law { Id = "old-hostile-law", Title = "已废止法律" + At(21), Level = "部门规章", Issuer = At(22), Promulgated = "1999-07-10", Effective = "1999-07-10", Revision = At(23), Status = "已废止", ReplacedBy = "hostile-law" });

        var hos = new List<Entry>();
        var evil = new List<Entry>();
        for (var i = 0; i < P.Count; i++)
        {
            var entry = Entry(i + 1, P[i]);
            if (i % 2 == 0)
            {
                hos.Add(entry with { Department = "hos", Category = "cf" });
            }
            else
            {
                evil.Add(entry with { Code = entry.Code.Replace("-HOS-CF-", "-EVIL-XK-", StringComparison.Ordinal), SubItems = [.. entry.SubItems.Select(s => s with { Code = s.Code.Replace("-HOS-CF-", "-EVIL-XK-", StringComparison.Ordinal) })], Department = "evil", Category = "xk" });
            }
        }

        return new ListSet
        {
            Root = "/nonexistent/hostile",
            Site = site,
            Categories = categories,
            Departments = departments,
            Laws = laws,
            Synonyms = [new Synonym { Term = SearchWord, Expansions = [At(24)] }],
            Files =
            [
                new ListFile { Path = "evil/xk.yaml", Department = "evil", Category = "xk", Entries = [.. evil] },
                new ListFile { Path = "hos/cf.yaml", Department = "hos", Category = "cf", Entries = [.. hos] },
            ],
        };
    }

    /// <summary>Writes the set as a lists folder (site.yaml, categories.yaml, … one file per department and category).</summary>
    public static void WriteTree(string root, ListSet? lists = null)
    {
        Directory.CreateDirectory(root);
        ListsWriter.Write(root, lists ?? Create());
    }

    private static Entry Entry(int n, string p)
    {
        var code = Code(n);
        return new Entry
        {
            Code = code,
            Name = SearchWord + n.ToString(CultureInfo.InvariantCulture) + " " + p,
            SubItems = [new SubItem { Code = code + "-01", Name = p, Notes = p, Basis = [new Citation { Law = "hostile-law", Articles = p, Quote = p }] }],
            Basis =
            [
                new Citation { Law = "hostile-law", Articles = p, Quote = p },
                new Citation { Law = "old-hostile-law", Articles = p },
                new Citation { Text = p },
            ],
            Subject = p,
            Handler = p,
            GuideUrl = p,
            OnlineUrl = "https://zwfw.example.gov.cn/apply?q=" + p,
            Levels = [new Level { Name = p, Scope = p, Subject = p }],
            Duties = p,
            Responsibilities = [new Responsibility { Stage = p, Content = p, Basis = p }],
            Accountable = p,
            Accountability = p,
            Process = new ProcessInfo
            {
                Steps = [new ProcessStep { Name = p, Description = p, TimeLimit = p }, new ProcessStep { Name = "第二步" + p, Description = p, TimeLimit = p }],
                StatutoryLimit = p,
                PromisedLimit = p,
            },
            Fees = new Fees { Charged = true, Basis = p, Standard = p },
            Supervision = new Supervision { Method = p, Phone = p },
            Remedies = [p],
            Notes = p,
            Adjustments = [new Adjustment { Type = "调整", Document = p, Date = "2024-06-01", Note = p }],
            Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("原表列" + n.ToString(CultureInfo.InvariantCulture), p), new KeyValuePair<string, string>(Key(p, n), p)]),
        };
    }

    // A payload as an extra column title (a YAML key): kept short, one line.
    private static string Key(string p, int n) => (p.Length > 200 ? p[..200] : p).Replace('\n', ' ') + "#" + n.ToString(CultureInfo.InvariantCulture);
}
