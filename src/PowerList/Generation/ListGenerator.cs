using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PowerList.Import;
using PowerList.Model;
using PowerList.Writing;

namespace PowerList.Generation;

/// <summary>
/// Writes a realistic lists folder of any size for benchmarks: a province of places, each with the real agencies
/// of the corpus (sizes scaled by a random factor), entries drawn from text models of the real lists (<see cref="EntrySampler"/>). Deterministic for a
/// seed. Files are written one department at a time through the canonical writers (<see cref="ListYaml"/>,
/// <see cref="TopLevelYaml"/>), so memory stays small and the output loads and validates cleanly.
/// </summary>
public static class ListGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static GenerationResult Generate(int entries, int seed, string into)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        var corpus = Corpus.Load();
        var departments = new List<Department>();
        var files = 0;
        foreach (var generated in Departments(corpus, entries, seed))
        {
            departments.Add(generated.Department);
            foreach (var (category, list) in generated.Files)
            {
                Put(into, Path.Combine(generated.Department.Id, category + ".yaml"), ListYaml.ListFile(generated.Department.Id, category, list));
                files++;
            }
        }

        var site = new SiteInfo
        {
            Jurisdiction = Jurisdictions.Province,
            DivisionCode = Jurisdictions.ProvinceCode,
            Title = $"{Jurisdictions.Province}权责清单（生成的测试数据）",
            DefaultRemedies = ["行政复议", "行政诉讼"],
            SupervisionPhone = "12345",
            Description = $"由 `powerlist generate --entries {entries} --seed {seed}` 从克拉玛依市 2024 年权责清单的文本模型生成，仅用于测试和性能评估。",
        };
        Put(into, "site.yaml", TopLevelYaml.Site(site));
        Put(into, "categories.yaml", TopLevelYaml.Categories(CategoryNames.StandardCategories()));
        Put(into, "departments.yaml", TopLevelYaml.Departments(departments));
        Put(into, "laws.yaml", TopLevelYaml.Laws(corpus.Laws));
        return new GenerationResult(entries, departments.Count, files, corpus.Laws.Length);
    }

    /// <summary>
    /// The departments and entries <see cref="Generate"/> writes, in memory, one department at a time (for benchmarks
    /// that build a <see cref="ListSet"/> directly). The laws they cite are <paramref name="corpus"/>'s.
    /// </summary>
    public static IEnumerable<GeneratedDepartment> Departments(Corpus corpus, int entries, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        var sampler = new EntrySampler(corpus);
        var random = new Random(seed);
        var order = 0;
        var remaining = entries;
        for (var place = 0; remaining > 0; place++)
        {
            foreach (var agency in corpus.Agencies)
            {
                if (remaining == 0)
                {
                    break;
                }

                var factor = GenerationStatistics.MinSizeFactor + (random.NextDouble() * (GenerationStatistics.MaxSizeFactor - GenerationStatistics.MinSizeFactor));
                var size = Math.Min(remaining, Math.Max(1, (int)Math.Round(agency.Entries.Length * factor)));
                remaining -= size;
                var department = new Department
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"p{place:D3}-{agency.Id}"),
                    Name = Jurisdictions.Name(place) + agency.Name,
                    ShortName = agency.Name,
                    Kind = "政府工作部门",
                    Order = ++order,
                };
                yield return new GeneratedDepartment(department, MakeDepartment(sampler, random, agency, department, Jurisdictions.Code(place), size));
            }
        }
    }

    private static ImmutableArray<(string Category, ImmutableArray<Entry> Entries)> MakeDepartment(EntrySampler sampler, Random random, CorpusAgency agency, Department department, string division, int size)
    {
        var byCategory = new SortedDictionary<string, List<Entry>>(StringComparer.Ordinal);
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < size; i++)
        {
            var category = sampler.NextCategory(random);
            if (!byCategory.TryGetValue(category, out var list))
            {
                byCategory[category] = list = [];
                names[category] = new HashSet<string>(StringComparer.Ordinal);
            }

            list.Add(sampler.Next(random, agency, category, names[category]));
        }

        var prefix = $"{division}-{agency.Id.ToUpperInvariant()}";
        return byCategory.Select(pair => (pair.Key, pair.Value.Select((e, i) =>
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{pair.Key.ToUpperInvariant()}-{i + 1:D4}");
            return e with
            {
                Code = code,
                Department = department.Id,
                Subject = department.Name,
                SubItems = e.SubItems.Select((s, k) => s with { Code = string.Create(CultureInfo.InvariantCulture, $"{code}-{k + 1:D2}") }).ToImmutableArray(),
            };
        }).ToImmutableArray())).ToImmutableArray();
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM) at <paramref name="relative"/> under <paramref name="root"/>, creating folders.</summary>
    internal static void Put(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Utf8.GetBytes(text));
    }
}
