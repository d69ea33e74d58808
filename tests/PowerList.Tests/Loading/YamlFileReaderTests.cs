using System.Text;
using PowerList.Diagnostics;
using PowerList.Loading;

namespace PowerList.Tests.Loading;

public class YamlFileReaderTests
{
    private static (YamlNode? Root, List<Diagnostic> Diagnostics) Parse(string text, LoadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlFileReader.Parse("f.yaml", Encoding.UTF8.GetBytes(text), options ?? LoadOptions.Default, diagnostics);
        return (root, diagnostics);
    }

    private static string Show(List<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code} {d.Message}"));

    [Fact]
    public void Positions_are_one_based_line_and_column_of_the_value()
    {
        var (root, diagnostics) = Parse("a: 1\nb:\n  - x\n  - {c: 0990123}\n");
        diagnostics.ShouldBeEmpty();
        var map = root.ShouldBeOfType<YamlMapping>();
        map.Line.ShouldBe(1);
        map.Column.ShouldBe(1);
        var b = map.Pairs[1].Value.ShouldBeOfType<YamlSequence>();
        b.Items[0].Line.ShouldBe(3);
        b.Items[0].Column.ShouldBe(5);
        var c = b.Items[1].ShouldBeOfType<YamlMapping>().Pairs[0];
        c.Value.ShouldBeOfType<YamlScalar>().Value.ShouldBe("0990123");
        (c.Value.Line, c.Value.Column).ShouldBe((4, 9));
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_key()
    {
        var (_, diagnostics) = Parse("name: a\ncode: b\nname: c\n");
        Show(diagnostics).ShouldBe("3:1 PL0104 键“name”重复，第一次出现在第 1 行");
    }

    [Fact]
    public void Anchor_and_alias_are_rejected_without_expansion()
    {
        var (_, diagnostics) = Parse("a: &x [1, 2]\nb: *x\n");
        Show(diagnostics).ShouldBe("1:4 PL0105 不支持 YAML 锚点和别名（&x），请把内容直接写出\n2:4 PL0105 不支持 YAML 锚点和别名（*x），请把内容直接写出");
    }

    [Fact]
    public void Syntax_error_has_the_parser_position()
    {
        var (_, diagnostics) = Parse("a: 1\nb: [1, 2\nc: 3\n");
        Show(diagnostics).ShouldBe("2:6 PL0101 YAML 语法错误：无法继续解析，请检查括号、引号和缩进");
        Show(Parse("a: 1\nb: \"x\nc: 3\n").Diagnostics).ShouldBe("2:4 PL0101 YAML 语法错误：缩进不对（While scanning a multi-line double-quoted scalar, found wrong indentation.）");
    }

    [Fact]
    public void Tab_indentation_gets_its_own_message()
    {
        var (_, diagnostics) = Parse("a:\n\tb: 1\n");
        Show(diagnostics).ShouldBe("2:1 PL0103 不能用制表符（Tab）缩进，请改用空格");
    }

    [Fact]
    public void Invalid_utf8_reports_line_and_column_of_the_first_bad_byte()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("a: 1\nb: 中文"));
        bytes.Add(0xFF);
        var diagnostics = new List<Diagnostic>();
        YamlFileReader.Parse("f.yaml", bytes.ToArray(), LoadOptions.Default, diagnostics).ShouldBeNull();
        Show(diagnostics).ShouldBe("2:6 PL0102 文件不是有效的 UTF-8 编码：此处的字节 0xFF 无法解码，请用 UTF-8 保存");
    }

    [Fact]
    public void Bom_is_allowed()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: 1\n")).ToArray();
        var diagnostics = new List<Diagnostic>();
        YamlFileReader.Parse("f.yaml", bytes, LoadOptions.Default, diagnostics).ShouldBeOfType<YamlMapping>();
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Deep_nesting_stops_at_the_limit()
    {
        var text = new string('[', 100) + new string(']', 100);
        var (_, diagnostics) = Parse(text);
        Show(diagnostics).ShouldBe("1:65 PL0106 嵌套层数超过上限 64，文件其余部分未读取");
    }

    [Fact]
    public void Node_and_scalar_limits_are_enforced()
    {
        var options = LoadOptions.Default with { MaxNodes = 5, MaxScalarChars = 3 };
        Show(Parse("[a, b, c, d, e, f]", options).Diagnostics).ShouldBe("1:14 PL0109 文件中的值超过上限 5 个，文件其余部分未读取");
        Show(Parse("a: abcd", options).Diagnostics).ShouldBe("1:4 PL0107 文本过长：4 个字符，上限 3");
    }

    [Fact]
    public void File_larger_than_the_limit_is_not_read()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("big.yaml", new byte[17 * 1024 * 1024]);
        var diagnostics = new List<Diagnostic>();
        YamlFileReader.Read(path, LoadOptions.Default, diagnostics).ShouldBeNull();
        diagnostics.Single().Message.ShouldBe("文件过大：17825792 字节，上限 16777216 字节，未读取");
    }

    [Fact]
    public void Second_document_and_tags_are_rejected()
    {
        Show(Parse("a: 1\n---\nb: 2\n").Diagnostics).ShouldBe("2:1 PL0112 一个文件只能有一个 YAML 文档（多余的“---”）");
        Show(Parse("a: !!binary aGVsbG8=\n").Diagnostics).ShouldBe("1:4 PL0113 不支持 YAML 标签“tag:yaml.org,2002:binary”");
        Parse("a: !!str 12\n").Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        Show(Parse("# only a comment\n").Diagnostics).ShouldBe("1:1 PL0114 文件是空的");
    }
}
