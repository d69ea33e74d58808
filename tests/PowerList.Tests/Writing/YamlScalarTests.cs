using PowerList.Model;
using PowerList.Writing;
using YamlDotNet.RepresentationModel;

namespace PowerList.Tests.Writing;

/// <summary>Every string the writer emits reads back exactly (checked with YamlDotNet).</summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("普通文本")]
    [InlineData("650200")]
    [InlineData("2024-06-01")]
    [InlineData("true")]
    [InlineData("no")]
    [InlineData("~")]
    [InlineData("- 列表")]
    [InlineData("key: value")]
    [InlineData("a # b")]
    [InlineData("结尾冒号:")]
    [InlineData(" 前导空格")]
    [InlineData("第一行\n第二行")]
    [InlineData("第一行\n\n第二行\n")]
    [InlineData("结尾两个换行\n\n")]
    [InlineData("  缩进开头\n第二行")]
    [InlineData("含\t制表")]
    [InlineData("引号\"和\\反斜杠")]
    [InlineData("[方括号]")]
    [InlineData("@at")]
    [InlineData("1.5")]
    [InlineData("0x1F")]
    [InlineData("12:30")]
    [InlineData("*星号")]
    [InlineData("第一行\n  缩进的第二行")]
    public void Strings_read_back_exactly(string value)
    {
        var entry = new Entry { Code = "650200-FGW-CF-0001", Name = value, Notes = value, Extra = Extra(value) };
        var yaml = ListYaml.ListFile("fgw", "cf", [entry]);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var first = (YamlMappingNode)((YamlSequenceNode)root["entries"]).Children[0];
        ((YamlScalarNode)first["name"]).Value.ShouldBe(value);
        ((YamlScalarNode)first["notes"]).Value.ShouldBe(value);
        var extra = (YamlMappingNode)first["extra"];
        ((YamlScalarNode)extra[new YamlScalarNode(value)]).Value.ShouldBe(value);
        yaml.ShouldStartWith("# yaml-language-server: $schema=../_schema/list.schema.json\n");
    }

    [Fact]
    public void Plain_scalars_are_not_resolved_as_other_types()
    {
        foreach (var value in new[] { "650200", "2024-06-01", "true", "null", "1e3", ".inf" })
        {
            YamlScalar.IsPlainSafe(value).ShouldBeFalse(value);
        }

        YamlScalar.IsPlainSafe("650200-FGW-CF-0001").ShouldBeTrue();
        YamlScalar.IsPlainSafe("对违反价格法行为的处罚").ShouldBeTrue();
    }

    private static System.Collections.Immutable.ImmutableSortedDictionary<string, string> Extra(string value) =>
        System.Collections.Immutable.ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(value, value);
}
