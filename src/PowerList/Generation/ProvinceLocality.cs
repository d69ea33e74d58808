using PowerList.Model;

namespace PowerList.Generation;

/// <summary>
/// The list of one generated city or county: each catalogue item given to its level, copied from the item's template,
/// unless left out; a few items of the other level; reworded names and longer promised limits on some; local
/// additions drawn from <see cref="EntrySampler"/>. The rates are drawn per locality from
/// <see cref="ProvinceStatistics"/>' ranges.
/// </summary>
internal static class ProvinceLocality
{
    public static LocalList Make(GeneratedCatalogue catalogue, Random random, EntrySampler sampler, Corpus corpus, Dictionary<(string, string), HashSet<string>> names, string level)
    {
        var missingRate = Between(random, ProvinceStatistics.MinMissing, ProvinceStatistics.MaxMissing);
        var extraRate = Between(random, ProvinceStatistics.MinExtra, ProvinceStatistics.MaxExtra);
        var wrongRate = Between(random, ProvinceStatistics.MinWrongLevel, ProvinceStatistics.MaxWrongLevel);
        var list = new LocalList([], [], [], []);
        var given = 0;
        foreach (var (item, agency, template) in catalogue.Items)
        {
            var isGiven = item.Levels.Contains(level);
            given += isGiven ? 1 : 0;
            if (isGiven ? random.NextDouble() < missingRate : random.NextDouble() >= wrongRate)
            {
                if (isGiven)
                {
                    list.Missing.Add(item.Code);
                }

                continue;
            }

            var entry = template;
            if (random.NextDouble() < ProvinceStatistics.ChangedText)
            {
                entry = entry with { Name = entry.Name + ProvinceStatistics.NameQualifiers[random.Next(ProvinceStatistics.NameQualifiers.Count)] };
                list.Changed.Add(item.Code);
            }

            if (entry.Process is { StatutoryLimit.Length: > 0 } process && random.NextDouble() < ProvinceStatistics.LongerLimit)
            {
                entry = entry with { Process = process with { PromisedLimit = process.StatutoryLimit } };
                list.Longer.Add(item.Code);
            }

            list.Entries.Add(new LocalEntry(agency, entry, isGiven ? LocalKind.Implemented : LocalKind.WrongLevel));
        }

        var extras = (int)Math.Round(given * extraRate);
        for (var i = 0; i < extras; i++)
        {
            var agency = ProvinceCatalogue.PickAgency(corpus, random);
            var category = sampler.NextCategory(random);
            list.Entries.Add(new LocalEntry(agency, sampler.Next(random, agency, category, ProvinceCatalogue.Names(names, agency, category)), LocalKind.Extra));
        }

        return list;
    }

    private static double Between(Random random, double min, double max) => min + (random.NextDouble() * (max - min));
}
