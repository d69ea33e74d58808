using PowerList.Search.Analysis;
using PowerList.Search.Indexing;

namespace PowerList.Tests.Search;

/// <summary>
/// The fast parts of the index builder against the plain definitions they replace: <see cref="TokenScanner"/>
/// against <see cref="Tokenizer.IndexTokens"/>, <see cref="ImpactTiers"/> against sorting by impact and cutting.
/// </summary>
public class IndexBuilderPartsTests
{
    public static IEnumerable<object[]> Texts =>
        CaseFile.Rows("tokenizer-cases.txt", 3).Select(r => (string)r[0]).Concat(
        [
            "", "  ", "单位、人员", "鄂政发〔2024〕12号", "650200-FGW-CF-0001", "ＡＢＣ１２３ｄｅｆ", "營業執照核發", "a", "ab", "abc",
            "食、", "、食", "食 、品", "中华人民共和国abc道路运输条例（2004年）第十条", "x\u3000y", "〇一二", "\uD840\uDC00字",
        ]).Concat(RandomTexts()).Distinct(StringComparer.Ordinal).Select(t => new object[] { t });

    [Theory]
    [MemberData(nameof(Texts))]
    public void Scanner_finds_the_tokens_of_the_tokenizer(string text)
    {
        var sink = new Collect();
        var count = TokenScanner.Scan(text, ref sink);
        var expected = Tokenizer.IndexTokens(text);
        count.ShouldBe(expected.Count);
        sink.Tokens.Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
    }

    public static IEnumerable<object[]> ListSets => [["search-fixture"], ["lists"], ["long-texts"]];

    [Theory]
    [MemberData(nameof(ListSets))]
    public void Scanning_an_entry_field_by_parts_equals_scanning_its_text(string set)
    {
        var lists = set switch
        {
            "search-fixture" => SearchFixture.Lists,
            "lists" => PowerList.Tests.Site.SiteTestSupport.Load(PowerList.Tests.Site.SiteTestSupport.DefaultLists),
            _ => LongTexts(),
        };
        var docs = DocumentExtractor.Extract(lists).Documents;
        docs.ShouldNotBeEmpty();
        foreach (var doc in docs)
        {
            var fields = doc.Fields.ShouldBeOfType<EntryFields>();
            for (var f = 0; f < fields.Count; f++)
            {
                var byParts = new Collect();
                var byText = new Collect();
                var count = fields.Scan(f, ref byParts);
                count.ShouldBe(TokenScanner.Scan(fields[f], ref byText), $"{doc.Code} field {f}");
                byParts.Tokens.ShouldBe(byText.Tokens, $"{doc.Code} field {f}");
            }
        }
    }

    [Theory]
    [InlineData(1, 300)]
    [InlineData(2, 1000)]
    [InlineData(3, 5000)]
    [InlineData(4, 20000)]
    [InlineData(5, 5000, true)]
    [InlineData(6, 20000, true)]
    [InlineData(7, 3000, true)]
    public void Tiers_equal_sorting_by_key_and_cutting(int seed, int count, bool flat = false)
    {
        var random = new Random(seed);
        var postings = Enumerable.Range(0, count * 3).Where(_ => random.Next(3) == 0)
            .Select(d => (Doc: d, Impact: (random.Next(seed == 4 ? 40 : 8191) + 1) * 2 + random.Next(2))).ToList();
        var split = ImpactTiers.Encode(postings, flat).Select(t => (Postings: PostingCodec.Decode(t.Blob), t.Max, t.NameMax)).ToList();
        var tiers = split.Select(t => Show(t.Postings, t.Max) + " name " + t.NameMax).ToList();
        tiers.Count.ShouldBeGreaterThan(1);
        tiers.ShouldBe(Reference(postings, flat).Select(t => Show(t.Item1, t.Item2) + " name " + t.Item3).ToList());
        if (flat)
        {
            // A flat term: every name posting in a tier before every other posting, no tier holding both.
            var kinds = split.Select(t => t.Postings.Select(p => p.Impact & 1).Distinct().ToList()).ToList();
            kinds.ShouldAllBe(k => k.Count == 1);
            kinds.Select(k => k[0]).ShouldBe(kinds.Select(k => k[0]).OrderByDescending(k => k));
        }
    }

    /// <summary>
    /// The definition: order by key (impact, + the phrase boost in a name) descending then doc, cut, extend to the end of
    /// equal keys, sort each tier by doc; each tier's largest impact and name impact of it and the tiers after it.
    /// A flat term: name postings first (by impact), then the others (by impact), the first other posting starting a tier.
    /// </summary>
    private static List<(List<(int Doc, int Impact)>, int, int)> Reference(List<(int Doc, int Impact)> postings, bool flat)
    {
        int Key(int stored) => flat ? (stored & 1) * 100_000 + (stored >> 1) : (stored >> 1) + (stored & 1) * IndexSettings.PhraseBoost;
        var byImpact = postings.OrderByDescending(p => Key(p.Impact)).ThenBy(p => p.Doc).ToList();
        var tiers = new List<(List<(int Doc, int Impact)>, int, int)>();
        var start = 0;
        var size = IndexSettings.FirstTier;
        while (start < byImpact.Count)
        {
            var end = Math.Min(byImpact.Count, start + size);
            while (end < byImpact.Count && Key(byImpact[end].Impact) == Key(byImpact[end - 1].Impact))
            {
                end++;
            }

            var firstOther = byImpact.FindIndex(start, p => (p.Impact & 1) == 0);
            if (flat && firstOther > start && firstOther < end)
            {
                end = firstOther;
            }

            var rest = byImpact.Skip(start).ToList();
            tiers.Add((byImpact.GetRange(start, end - start).OrderBy(p => p.Doc).ToList(), rest.Max(p => p.Impact >> 1),
                rest.Where(p => (p.Impact & 1) != 0).Select(p => p.Impact >> 1).DefaultIfEmpty(0).Max()));
            start = end;
            size *= IndexSettings.TierGrowth;
        }

        return tiers;
    }

    /// <summary>Entries whose long text is cut at <see cref="IndexSettings.MaxTextChars"/> inside a line, at its end, and after it.</summary>
    private static PowerList.Model.ListSet LongTexts()
    {
        var entries = new[] { 2990, 2999, 3000, 3001, 3005 }.Select((length, i) => new PowerList.Model.Entry
        {
            Code = $"650200-TEST-CF-{i:D4}",
            Name = "长文本测试",
            Department = "test",
            Category = "cf",
            Basis = [new PowerList.Model.Citation { Quote = new string('食', length - 10) + "品经营许可abcd" }],
            Duties = "依法实施食品经营许可，加强事中事后监管。",
            Notes = "备注ABC123",
        }).ToArray();
        return new PowerList.Model.ListSet
        {
            Root = "long",
            Files = [new PowerList.Model.ListFile { Path = "long/test/cf.yaml", Department = "test", Category = "cf", Entries = [.. entries] }],
        };
    }

    private static string Show(List<(int Doc, int Impact)> tier, int max) => max + ":" + string.Join(' ', tier.Select(p => $"{p.Doc}/{p.Impact}"));

    private static IEnumerable<string> RandomTexts()
    {
        var random = new Random(7);
        const string alphabet = "食品经营许可營業執照、，《》（）〔〕 \n\t-_.abcXYZ019ＡＺ０９\u3000〇";
        for (var i = 0; i < 40; i++)
        {
            yield return new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        }
    }

    private struct Collect : ITokenSink
    {
        public Collect()
        {
        }

        public List<string> Tokens { get; } = [];

        public readonly void Short(uint key) => Tokens.Add(TokenScanner.KeyText(key));

        public readonly void Long(ReadOnlySpan<char> token) => Tokens.Add(token.ToString());
    }
}
