using System.Text;
using PowerList.Loading;

namespace PowerList.Tests.Loading;

public class ReadBuffersTests
{
    [Fact]
    public void A_set_is_made_as_large_as_the_largest_file_and_serves_every_smaller_one()
    {
        var buffers = new ReadBuffers(200_000);
        var bytes = buffers.Bytes(10);
        bytes.Length.ShouldBe(200_000);
        buffers.Bytes(150_000).ShouldBeSameAs(bytes);
        var chars = buffers.Chars(1);
        chars.Length.ShouldBe(200_000);
        buffers.Chars(200_000).ShouldBeSameAs(chars);
    }

    [Fact]
    public void Without_a_known_largest_a_set_grows_by_at_least_half()
    {
        var buffers = new ReadBuffers(0);
        buffers.Bytes(1000).Length.ShouldBe(1000);
        buffers.Bytes(1001).Length.ShouldBe(1500);
        buffers.Bytes(5000).Length.ShouldBe(5000);
        buffers.Bytes(4000).Length.ShouldBe(5000);
    }

    [Fact]
    public void The_shelf_lends_a_set_to_one_worker_at_a_time()
    {
        var shelf = new ReadBuffers.Shelf(0);
        var a = shelf.Take();
        var b = shelf.Take();
        b.ShouldNotBeSameAs(a);
        shelf.Give(a);
        shelf.Take().ShouldBeSameAs(a);
    }

    [Fact]
    public void Files_read_after_larger_ones_into_the_same_buffers_load_as_each_alone()
    {
        using var temp = new TempFolder();
        temp.Write("site.yaml", "jurisdiction: 克拉玛依市\ntitle: 权责清单\ndivision_code: \"650200\"\n");
        temp.Write("categories.yaml", "categories:\n  - {code: xk, name: 行政许可, order: 2}\n  - {code: cf, name: 行政处罚, order: 1}\n");
        temp.Write("departments.yaml", "departments:\n  - id: fgw\n    name: 发展和改革委员会\n  - id: sj\n    name: 审计局\n");
        temp.Write("laws.yaml", "laws:\n  - id: price-law\n    title: 中华人民共和国价格法\n");
        temp.Write("fgw/cf.yaml", List("fgw", "cf", 1500)); // over the large-object threshold
        temp.Write("fgw/xk.yaml", List("fgw", "xk", 2));
        temp.Write("sj/cf.yaml", List("sj", "cf", 3) + "  - code: [broken\n"); // YamlDotNet's path, from the chars
        temp.WriteBytes("sj/xk.yaml", [.. Encoding.UTF8.GetBytes("department: sj\ncategory: xk\nentries:\n  - name: "), 0xC3, 0x28, (byte)'\n']);

        var parallel = ListLoader.Load(temp.Path);
        var sequential = ListLoader.Load(temp.Path, LoadOptions.Default with { Parallel = false });
        var alone = new[] { "fgw/cf.yaml", "fgw/xk.yaml", "sj/cf.yaml", "sj/xk.yaml" }
            .SelectMany(f => Loaded(Path.Combine(temp.Path, f))).ToList();

        Describe(parallel).ShouldBe(Describe(sequential));
        parallel.Lists.Entries.Select(e => e.Code).ShouldBe(parallel.Lists.Files.SelectMany(f => f.Entries).Select(e => e.Code));
        parallel.Lists.Entries.Count().ShouldBe(1500 + 2 + 3);
        parallel.Lists.Entries.Single(e => e.Code == "650200-FGW-XK-0002").Name.ShouldBe("对第2项的许可");
        parallel.Diagnostics.Select(d => d.ToString()).ShouldBe(sequential.Diagnostics.Select(d => d.ToString()));
        parallel.Diagnostics.Select(d => d.Location.File).Distinct().Order().ShouldBe(
            [Path.Combine(temp.Path, "sj/cf.yaml"), Path.Combine(temp.Path, "sj/xk.yaml")]);
        alone.ShouldNotBeEmpty();
        foreach (var diagnostic in alone)
        {
            parallel.Diagnostics.Select(d => d.ToString()).ShouldContain(diagnostic);
        }
    }

    private static IEnumerable<string> Loaded(string file)
    {
        var diagnostics = new List<PowerList.Diagnostics.Diagnostic>();
        YamlFileReader.Read(file, LoadOptions.Default, diagnostics);
        return diagnostics.Select(d => d.ToString());
    }

    private static string Describe(LoadResult result) =>
        string.Join("\n", result.Lists.Entries.Select(e => $"{e.Code} {e.Name} {e.Source.Self}"));

    private static string List(string department, string category, int count)
    {
        var text = new StringBuilder($"department: {department}\ncategory: {category}\nentries:\n");
        for (var i = 1; i <= count; i++)
        {
            var code = $"650200-{department.ToUpperInvariant()}-{category.ToUpperInvariant()}-{i:0000}";
            text.Append($"  - code: {code}\n    name: 对第{i}项的{(category == "cf" ? "处罚" : "许可")}\n    basis: [价格法第三十九条]\n");
        }

        return text.ToString();
    }
}
