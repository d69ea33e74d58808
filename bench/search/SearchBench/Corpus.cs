using PowerList.Generation;
using PowerList.Model;

namespace SearchBench;

/// <summary>
/// The bench corpus, deterministically: up to the number of real rows, the real Karamay rows themselves; beyond,
/// N entries of <c>powerlist generate</c>'s text models (<see cref="ListGenerator.Departments"/>, seed 1: new names,
/// quotes and 责任事项 in the real wording, not copies of the real rows, so that postings and their compression are
/// those of a real large list).
/// </summary>
public static class Corpus
{
    private static readonly (string Code, string Name)[] CategoryNames =
    [
        ("xk", "行政许可"), ("cf", "行政处罚"), ("qz", "行政强制"), ("zs", "行政征收"), ("gf", "行政给付"),
        ("jc", "行政检查"), ("qr", "行政确认"), ("jl", "行政奖励"), ("cj", "行政裁决"), ("qt", "其他行政权力"),
    ];

    public static ListSet Build(List<RealRow> rows, int n) => n <= rows.Count ? Real(rows, n) : Generated(n);

    private static ListSet Generated(int n)
    {
        var corpus = PowerList.Generation.Corpus.Load();
        var departments = ListGenerator.Departments(corpus, n, seed: 1).ToList();
        return new ListSet
        {
            Categories = [.. PowerList.Tabular.CategoryNames.StandardCategories()],
            Departments = [.. departments.Select(d => d.Department)],
            Laws = corpus.Laws,
            Synonyms = [new Synonym { Term = "餐馆", Expansions = ["餐饮", "食品经营"] }],
            Files = [.. departments.SelectMany(d => d.Files.Select(f => new ListFile
            {
                Path = $"{d.Department.Id}/{f.Category}.yaml",
                Department = d.Department.Id,
                Category = f.Category,
                Entries = f.Entries,
            })).OrderBy(f => f.Path, StringComparer.Ordinal)],
        };
    }

    private static ListSet Real(List<RealRow> rows, int n)
    {
        var departments = rows.Select(r => r.Department).Distinct().ToList();
        var entries = new List<Entry>();
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            var departmentId = $"d{departments.IndexOf(row.Department):D2}";
            var category = CategoryNames.FirstOrDefault(c => row.Type.StartsWith(c.Name[..4], StringComparison.Ordinal)).Code ?? "qt";
            var code = $"650200-{departmentId.ToUpperInvariant()}-{category.ToUpperInvariant()}-{i:D6}";
            entries.Add(new Entry
            {
                Code = code,
                Name = row.Name,
                Department = departmentId,
                Category = category,
                SubItems = [.. row.SubItems.Select((s, j) => new SubItem { Code = $"{code}-{j + 1:D2}", Name = s })],
                Basis = [new Citation { Text = row.Basis }],
                Subject = row.Subject,
                Handler = row.Handler,
                Levels = row.Level.Length > 0 ? [new Level { Name = row.Level, Scope = row.Scope }] : [],
                Duties = row.Duties,
                Responsibilities = [new Responsibility { Stage = "责任事项", Content = row.Responsibilities }],
                Accountable = row.Accountable,
                Accountability = row.Accountability,
            });
        }

        var files = entries.GroupBy(e => (e.Department, e.Category))
            .Select(g => new ListFile { Path = $"{g.Key.Department}/{g.Key.Category}.yaml", Department = g.Key.Department, Category = g.Key.Category, Entries = [.. g] })
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new ListSet
        {
            Categories = [.. CategoryNames.Select((c, i) => new Category { Code = c.Code, Name = c.Name, Order = i })],
            Departments = [.. entries.Select(e => e.Department).Distinct().Order(StringComparer.Ordinal)
                .Select(id => new Department { Id = id, Name = departments[int.Parse(id[1..])] })],
            Synonyms = [new Synonym { Term = "餐馆", Expansions = ["餐饮", "食品经营"] }],
            Files = [.. files],
        };
    }
}
