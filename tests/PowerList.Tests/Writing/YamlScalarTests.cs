using Loaded = PowerList.Loading;
using PowerList.Model;
using PowerList.Tests.Loading;
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
    [InlineData("备注 *")]
    [InlineData("备注 *: 见附件一")]
    [InlineData("详见 *附件")]
    [InlineData("第一行\n\t缩进的第二行")]
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

    /// <summary>
    /// Seeded random texts from an alphabet of YAML-significant characters, written as a name, a note and an extra
    /// column (key and value), read back the same by both readers (the usual path and YamlDotNet alone), with LF and
    /// CRLF line ends.
    /// </summary>
    [Fact]
    public void Random_texts_read_back_exactly_with_either_reader()
    {
        const string Alphabet = "甲乙 :-#*&!|>%@`'\"[]{},?~\t\n\\0a.";
        var random = new Random(20261206);
        var failures = new List<string>();
        var quoted = 0;
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[1 + random.Next(10)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var value = new string(chars);
            quoted += YamlScalar.IsPlainSafe(value) ? 0 : 1;
            var entry = new Entry { Code = "650200-FGW-CF-0001", Name = value, Notes = value, Extra = Extra(value) };
            var yaml = ListYaml.ListFile("fgw", "cf", [entry]);
            foreach (var text in new[] { yaml, yaml.ReplaceLineEndings("\r\n") })
            {
                foreach (var options in new[] { Loaded.LoadOptions.Default, YamlReaders.YamlDotNetOnly })
                {
                    var outcome = YamlReaders.Outcome(text, options, out var root);
                    var first = root is Loaded.YamlMapping m && Find(m, "entries") is Loaded.YamlSequence { Items: [Loaded.YamlMapping e, ..] } ? e : null;
                    var extra = first is null ? null : Find(first, "extra") as Loaded.YamlMapping;
                    var ok = !outcome.StartsWith("error ", StringComparison.Ordinal)
                        && first is not null
                        && (Find(first, "name") as Loaded.YamlScalar)?.Value == value
                        && (Find(first, "notes") as Loaded.YamlScalar)?.Value == value
                        && extra is { Pairs: [{ Key.Value: var k, Value: Loaded.YamlScalar { Value: var v } }] } && k == value && v == value;
                    if (!ok)
                    {
                        failures.Add($"[{value.Replace("\n", "\\n", StringComparison.Ordinal)}] {(options.FastReader ? "usual" : "YamlDotNet")}: {outcome[..Math.Min(200, outcome.Length)]}");
                    }
                }
            }
        }

        failures.Take(10).ShouldBeEmpty($"{failures.Count} failures");
        quoted.ShouldBeGreaterThan(1000); // the alphabet does reach the quoting rules
    }

    private static Loaded.YamlNode? Find(Loaded.YamlMapping mapping, string key) => mapping.Pairs.FirstOrDefault(p => p.Key.Value == key).Value;

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
