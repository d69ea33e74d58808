using System.Collections.Immutable;
using System.Globalization;
using PowerList.Conformity;
using PowerList.Model;
using PowerList.Versions.Diffing;

namespace PowerList.Generation;

/// <summary>
/// The 地县两级 catalogue of a generated province: items for both levels, for cities only and for counties only
/// (<see cref="ProvinceStatistics"/>), shuffled, each drawn from <see cref="EntrySampler"/> (agency by its real size,
/// category by the real shares). The item's basis is its template's legal basis as a reader sees it
/// (<see cref="EntryFieldText"/>); timed categories get a statutory and a promised limit.
/// </summary>
internal static class ProvinceCatalogue
{
    public static GeneratedCatalogue Make(
        Corpus corpus,
        EntrySampler sampler,
        Dictionary<(string, string), HashSet<string>> names,
        IReadOnlyDictionary<string, Law> laws,
        ProvinceOptions options)
    {
        var random = new Random(options.Seed);
        var basis = EntryFieldText.Fields.Single(f => f.Key == "basis");
        string[] both = [JurisdictionLevel.Prefecture, JurisdictionLevel.County];
        var levels = Enumerable.Repeat(both, Scaled(ProvinceStatistics.BothLevelItems, options))
            .Concat(Enumerable.Repeat(new[] { JurisdictionLevel.Prefecture }, Scaled(ProvinceStatistics.CityOnlyItems, options)))
            .Concat(Enumerable.Repeat(new[] { JurisdictionLevel.County }, Scaled(ProvinceStatistics.CountyOnlyItems, options)))
            .ToArray();
        random.Shuffle(levels);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = ImmutableArray.CreateBuilder<CatalogueTemplate>(levels.Length);
        foreach (var itemLevels in levels)
        {
            var agency = PickAgency(corpus, random);
            var category = sampler.NextCategory(random);
            var entry = sampler.Next(random, agency, category, Names(names, agency, category));
            numbers[category] = numbers.GetValueOrDefault(category) + 1;
            var code = string.Create(CultureInfo.InvariantCulture, $"{category.ToUpperInvariant()}-{numbers[category]:D5}");
            if (ProvinceStatistics.TimedCategories.Contains(category))
            {
                var days = ProvinceStatistics.StatutoryDays[random.Next(ProvinceStatistics.StatutoryDays.Count)];
                entry = entry with
                {
                    Process = (entry.Process ?? new ProcessInfo()) with
                    {
                        StatutoryLimit = Days(days),
                        PromisedLimit = Days(Math.Max(1, days / 2)),
                    },
                };
            }

            entry = entry with { Catalogue = code };
            var item = new CatalogueItem
            {
                Code = code,
                Name = entry.Name,
                Category = category,
                Levels = [.. itemLevels],
                Basis = basis.Text(entry, laws),
            };
            items.Add(new CatalogueTemplate(item, agency, entry));
        }

        var catalogue = new Catalogue
        {
            Title = $"{ProvincePlaces.ProvinceName}地县两级权责清单通用目录（生成的测试数据）",
            Items = [.. items.Select(i => i.Item)],
        };
        return new GeneratedCatalogue(catalogue, items.ToImmutable());
    }

    /// <summary>"N个工作日".</summary>
    public static string Days(int days) => string.Create(CultureInfo.InvariantCulture, $"{days}个工作日");

    /// <summary>An agency drawn by its real number of entries.</summary>
    public static CorpusAgency PickAgency(Corpus corpus, Random random)
    {
        var total = corpus.Agencies.Sum(a => a.Entries.Length);
        var x = random.Next(total);
        foreach (var agency in corpus.Agencies)
        {
            if (x < agency.Entries.Length)
            {
                return agency;
            }

            x -= agency.Entries.Length;
        }

        return corpus.Agencies[^1];
    }

    /// <summary>The names taken so far in an agency and category (shared by the catalogue and every local addition).</summary>
    public static HashSet<string> Names(Dictionary<(string, string), HashSet<string>> names, CorpusAgency agency, string category)
    {
        if (!names.TryGetValue((agency.Id, category), out var set))
        {
            names[(agency.Id, category)] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static int Scaled(int count, ProvinceOptions options) => Math.Max(1, (int)Math.Round(count * options.Scale));
}
