using System.Collections.Immutable;
using System.Globalization;
using PowerList.Conformity;
using PowerList.Import;
using PowerList.Model;
using PowerList.Versions.Diffing;
using PowerList.Writing;

namespace PowerList.Generation;

/// <summary>
/// Writes a realistic province as a portal lists tree (docs/format.md "Many jurisdictions"): <c>portal.yaml</c>, a
/// 地县两级 standard catalogue (<c>catalogue.yaml</c>) and <c>jurisdictions/&lt;division code&gt;/</c> for the province,
/// its cities and counties (<see cref="ProvincePlaces"/>), each a complete lists folder. Localities implement the
/// catalogue items given to their level (<c>catalogue:</c> set) with deviations (<see cref="InjectedDeviations"/>):
/// missing items, local additions, items of the other level, reworded names, longer promised limits. The province
/// lists powers of its own. Texts come from <see cref="EntrySampler"/>; deterministic for a seed; one jurisdiction is
/// in memory at a time.
/// </summary>
public static class ProvinceGenerator
{
    public const string PortalFile = "portal.yaml";

    public const string JurisdictionsFolder = "jurisdictions";

    public static ProvinceResult Generate(ProvinceOptions options, string into)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Scale);
        var places = ProvincePlaces.Select(options.Cities, options.Counties);
        var corpus = Corpus.Load();
        var sampler = new EntrySampler(corpus);
        var laws = corpus.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var names = new Dictionary<(string, string), HashSet<string>>();
        var catalogue = ProvinceCatalogue.Make(corpus, sampler, names, laws, options);
        ListGenerator.Put(into, PortalFile, Portal(options));
        ListGenerator.Put(into, "catalogue.yaml", TopLevelYaml.Catalogue(catalogue.Catalogue));
        var deviations = ImmutableArray.CreateBuilder<InjectedDeviations>();
        var entries = 0;
        for (var i = 0; i < places.Length; i++)
        {
            var place = places[i];
            var random = new Random(unchecked((options.Seed * 7919) + i + 1));
            var folder = Path.Combine(into, JurisdictionsFolder, place.Id);
            var built = place.Level == JurisdictionLevel.Province
                ? Province(sampler, corpus, random, names, options)
                : ProvinceLocality.Make(catalogue, random, sampler, corpus, names, place.Level);
            var result = Write(folder, place, corpus, built);
            entries += result.Entries;
            deviations.Add(result.Truth);
        }

        return new ProvinceResult(places.Length, catalogue.Catalogue.Items.Length, entries, deviations.ToImmutable());
    }

    private static string Portal(ProvinceOptions options) => new YamlWriter()
        .Scalar(0, "title", $"{ProvincePlaces.ProvinceName}权责清单（生成的测试数据）")
        .Scalar(0, "description", $"由 `powerlist generate --province` 生成（种子 {options.Seed}，{options.Cities} 个地州市、{options.Counties} 个县市区，规模 {options.Scale.ToString(CultureInfo.InvariantCulture)}），仅用于测试和性能评估。")
        .ToString();

    /// <summary>The province's own powers (none from the 地县两级 catalogue), spread over the agencies by their real sizes.</summary>
    private static LocalList Province(EntrySampler sampler, Corpus corpus, Random random, Dictionary<(string, string), HashSet<string>> names, ProvinceOptions options)
    {
        var count = (int)Math.Round(ProvinceStatistics.ProvinceEntries * options.Scale);
        var list = new LocalList(new List<LocalEntry>(count), [], [], []);
        for (var i = 0; i < count; i++)
        {
            var agency = ProvinceCatalogue.PickAgency(corpus, random);
            var category = sampler.NextCategory(random);
            list.Entries.Add(new LocalEntry(agency, sampler.Next(random, agency, category, ProvinceCatalogue.Names(names, agency, category)), LocalKind.Extra));
        }

        return list;
    }

    private static (int Entries, InjectedDeviations Truth) Write(string folder, GeneratedJurisdiction place, Corpus corpus, LocalList list)
    {
        var local = list.Entries;
        var departments = new List<Department>();
        var extra = new List<string>();
        var order = 0;
        foreach (var agency in corpus.Agencies)
        {
            var mine = local.Where(e => e.Agency.Id == agency.Id).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var department = new Department
            {
                Id = agency.Id,
                Name = place.Name + agency.Name,
                ShortName = agency.Name,
                Kind = "政府工作部门",
                Order = ++order,
            };
            departments.Add(department);
            foreach (var group in mine.GroupBy(e => e.Entry.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var prefix = $"{place.Id}-{agency.Id.ToUpperInvariant()}-{group.Key.ToUpperInvariant()}";
                var entries = group.Select((e, i) =>
                {
                    var code = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i + 1:D4}");
                    if (e.Kind == LocalKind.Extra)
                    {
                        extra.Add(code);
                    }

                    return e.Entry with
                    {
                        Code = code,
                        Department = department.Id,
                        Subject = department.Name,
                        Levels = Levels(e.Entry, place.Level),
                        SubItems = [.. e.Entry.SubItems.Select((s, k) => s with { Code = string.Create(CultureInfo.InvariantCulture, $"{code}-{k + 1:D2}") })],
                    };
                }).ToImmutableArray();
                ListGenerator.Put(folder, Path.Combine(department.Id, group.Key + ".yaml"), ListYaml.ListFile(department.Id, group.Key, entries));
            }
        }

        var site = new SiteInfo
        {
            Jurisdiction = place.Name,
            DivisionCode = place.Id,
            Level = place.Level,
            Parent = place.Parent,
            Title = $"{place.Name}权责清单（生成的测试数据）",
            DefaultRemedies = ["行政复议", "行政诉讼"],
            SupervisionPhone = "12345",
        };
        ListGenerator.Put(folder, "site.yaml", TopLevelYaml.Site(site));
        ListGenerator.Put(folder, "categories.yaml", TopLevelYaml.Categories(CategoryNames.StandardCategories()));
        ListGenerator.Put(folder, "departments.yaml", TopLevelYaml.Departments(departments));
        ListGenerator.Put(folder, "laws.yaml", TopLevelYaml.Laws(corpus.Laws));
        string[] Codes(LocalKind kind) => [.. local.Where(e => e.Kind == kind).Select(e => e.Entry.Catalogue)];
        var truth = new InjectedDeviations(
            place.Id,
            Sorted(Codes(LocalKind.Implemented)),
            Sorted(list.Missing),
            Sorted(extra),
            Sorted(Codes(LocalKind.WrongLevel)),
            Sorted(list.Changed),
            Sorted(list.Longer));
        return (local.Count, truth);
    }

    private static ImmutableArray<Level> Levels(Entry entry, string level) => entry.Levels.IsDefaultOrEmpty
        ? [new Level { Name = level }]
        : [.. entry.Levels.Select(l => l with { Name = level })];

    private static ImmutableArray<string> Sorted(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];
}
