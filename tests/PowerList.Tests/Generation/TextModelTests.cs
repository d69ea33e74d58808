using PowerList.Generation;

namespace PowerList.Tests.Generation;

/// <summary>The Markov text model only walks paths of its training texts, repeats for a seed and aims at real lengths.</summary>
public sealed class TextModelTests
{
    private static readonly string[] Training =
    [
        "对未取得许可擅自从事经营活动的处罚",
        "对未按照规定办理登记手续的处罚",
        "对擅自从事经营活动逾期不改正的处罚",
        "对未取得资质证书从事施工活动的处罚",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_run_of_order_plus_one_characters_occurs_in_the_training_texts(int order)
    {
        var model = new TextModel(Training, order);
        var random = new Random(1);
        var bounded = Training.Select(t => "\u0001" + t + "\u0000").ToList();
        for (var i = 0; i < 200; i++)
        {
            var text = model.NextShort(random, 200);
            text.ShouldNotBeNull();
            var padded = "\u0001" + text + "\u0000";
            for (var k = 0; k + order + 1 <= padded.Length; k++)
            {
                var run = padded.Substring(k, order + 1);
                bounded.ShouldContain(t => t.Contains(run, StringComparison.Ordinal), $"{run} in {text}");
            }
        }
    }

    [Fact]
    public void Order_three_makes_new_names_from_the_real_ones()
    {
        var model = new TextModel(Training);
        var random = new Random(4);
        var names = Enumerable.Range(0, 300).Select(_ => model.NextShort(random, 200)!).ToHashSet();

        names.ShouldContain(n => !Training.Contains(n), "some names are new recombinations");
        names.ShouldAllBe(n => n.StartsWith('对') && n.EndsWith("的处罚", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_gives_the_same_texts()
    {
        var model = new TextModel(Training);
        var a = new Random(9);
        var b = new Random(9);
        var first = Enumerable.Range(0, 50).Select(_ => model.NextLong(a)).ToList();
        var second = Enumerable.Range(0, 50).Select(_ => model.NextLong(b)).ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void Long_texts_reach_the_drawn_length_and_stop_at_a_sentence_end()
    {
        string[] sentences = ["违反本条例规定，未经批准擅自施工的，责令改正；", "逾期不改正的，处一万元以上五万元以下的罚款。", "情节严重的，吊销许可证。"];
        var real = string.Concat(sentences);
        var model = new TextModel([real, sentences[2] + sentences[0] + sentences[1]]);
        var random = new Random(2);
        for (var i = 0; i < 50; i++)
        {
            var text = model.NextLong(random, 2.0);
            text.Length.ShouldBeGreaterThanOrEqualTo(2 * real.Length, "every end context also continues, so the text goes on");
            text[^1].ShouldBeOneOf('。', '；');
        }
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_given_up()
    {
        var model = new TextModel(["对违反规定行为的处罚"]);

        model.NextShort(new Random(1), 5).ShouldBeNull();
        model.NextShort(new Random(1), 50).ShouldBe("对违反规定行为的处罚");
    }
}
