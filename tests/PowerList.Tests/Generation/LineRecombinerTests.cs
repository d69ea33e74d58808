using PowerList.Generation;

namespace PowerList.Tests.Generation;

/// <summary>Numbered lists are rebuilt from real items: a real heading, real items, the closing item last, numbered again.</summary>
public sealed class LineRecombinerTests
{
    private static readonly string[] Real =
    [
        "有下列情形的，应承担相应的责任：\n1.没有法律依据实施处罚的；\n2.违反法定程序的；\n3.其他违反法律法规规定的行为。",
        "有下列情形的，应承担相应的责任：\n1、擅自改变处罚种类的；\n2．执法人员玩忽职守的；\n3.因处罚不当造成损失的；\n4.其他违反法律法规规定的行为。",
    ];

    [Fact]
    public void Lists_have_a_real_heading_real_items_renumbered_and_the_closing_item_last()
    {
        var items = new[] { "没有法律依据实施处罚的；", "违反法定程序的；", "擅自改变处罚种类的；", "执法人员玩忽职守的；", "因处罚不当造成损失的；" };
        var recombiner = new LineRecombiner(Real);
        var random = new Random(3);
        var texts = Enumerable.Range(0, 100).Select(_ => recombiner.Next(random)).ToList();

        foreach (var text in texts)
        {
            var lines = text.Split('\n');
            lines[0].ShouldBe("有下列情形的，应承担相应的责任：");
            lines[^1].ShouldBe($"{lines.Length - 1}.其他违反法律法规规定的行为。");
            for (var k = 1; k < lines.Length - 1; k++)
            {
                lines[k].ShouldStartWith($"{k}.");
                items.ShouldContain(lines[k][$"{k}.".Length..]);
            }

            lines.Skip(1).Distinct().Count().ShouldBe(lines.Length - 1);
        }

        texts.Distinct().Count().ShouldBeGreaterThan(5, "items of different real lists are combined");
    }
}
