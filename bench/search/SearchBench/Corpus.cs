using PowerList.Model;

namespace SearchBench;

/// <summary>N entries resampled from the real rows (same fields and text lengths), as a ListSet, deterministically.</summary>
public static class Corpus
{
    private static readonly (string Code, string Name)[] CategoryNames =
    [
        ("xk", "行政许可"), ("cf", "行政处罚"), ("qz", "行政强制"), ("zs", "行政征收"), ("gf", "行政给付"),
        ("jc", "行政检查"), ("qr", "行政确认"), ("jl", "行政奖励"), ("cj", "行政裁决"), ("qt", "其他行政权力"),
    ];

    public static ListSet Build(List<RealRow> rows, int n)
    {
        var departments = rows.Select(r => r.Department).Distinct().ToList();
        var batches = (n + rows.Count - 1) / rows.Count;
        var entries = new List<Entry>();
        for (var i = 0; i < n; i++)
        {
            var row = rows[i % rows.Count];
            var batch = i / rows.Count;
            var d = departments.IndexOf(row.Department);
            var departmentId = batches > 1 ? $"d{d:D2}b{batch:D3}" : $"d{d:D2}";
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
                .Select(id => new Department { Id = id, Name = departments[int.Parse(id[1..3])] + (id.Length > 3 ? $"（{id[4..]}）" : "") })],
            Synonyms = [new Synonym { Term = "餐馆", Expansions = ["餐饮", "食品经营"] }],
            Files = [.. files],
        };
    }
}
