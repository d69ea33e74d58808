using System.Reflection;
using System.Text;
using PowerList.Format;
using PowerList.Import;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Analysis;
using PowerList.Writing;
using PowerList.Tabular;

namespace PowerList.Scaffold;

/// <summary>
/// The files of a new jurisdiction's lists folder (<c>powerlist init</c>): <c>site.yaml</c>, the ten standard
/// categories, an empty <c>departments.yaml</c> and <c>laws.yaml</c> each with one commented example, the shipped
/// synonym table, the JSON Schemas and a README for staff in Chinese. The folder validates with no errors and builds
/// to a site at once. Paths are relative, forward slashes; the same arguments give the same bytes.
/// </summary>
public static class NewListsFolder
{
    /// <summary>The line above the commented examples; uncommenting what follows it gives a valid record.</summary>
    public const string ExampleMarker = "# 示例：";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether <paramref name="code"/> is a division code: six ASCII digits (as PL0312 checks in site.yaml).</summary>
    public static bool IsDivisionCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    /// <summary>The files, in a fixed order. <paramref name="folderName"/> is how the README names the folder in commands.</summary>
    public static IReadOnlyList<OutputFile> Files(string jurisdiction, string divisionCode, string folderName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jurisdiction);
        if (!IsDivisionCode(divisionCode))
        {
            throw new ArgumentException($"行政区划代码“{divisionCode}”应为 6 位数字", nameof(divisionCode));
        }

        string Fill(string text) => NewListsFolder.Fill(text, jurisdiction, divisionCode).Replace("{{folder}}", folderName, StringComparison.Ordinal);

        var files = new List<OutputFile>
        {
            Text("site.yaml", Site(jurisdiction, divisionCode)),
            Text("categories.yaml", TopLevelYaml.Categories(CategoryNames.StandardCategories())),
            Text("departments.yaml", Empty("departments", "实施部门，每个部门一项。id 是部门标识，也是它的清单文件夹的名字（小写字母、数字和连字符）；\n# kind 为 政府工作部门、法律法规授权组织 或 中央垂直管理部门。", Fill(Resource("example-department.yaml")))),
            Text("laws.yaml", Empty("laws", "事项引用的法律法规，每部一项。事项中用 law: 法规标识 引用；level 为 法律、行政法规、地方性法规、部门规章、\n# 地方政府规章 或 规范性文件，status 为 现行有效、已修订 或 已废止。", Resource("example-law.yaml"))),
            Text("synonyms.yaml", DefaultSynonyms.Yaml()),
        };
        files.AddRange(JsonSchemaWriter.WriteAll().Select(f => f with { Path = "_schema/" + f.Path }));
        files.Add(Text("README.md", Fill(Resource("staff-readme.md")).Replace("{{example_list}}", Fill(Resource("example-list.yaml")).TrimEnd('\n'), StringComparison.Ordinal)));
        return files;
    }

    /// <summary>The example list file the README shows (<c>fgw/xk.yaml</c>), for the given jurisdiction.</summary>
    public static string ExampleList(string jurisdiction, string divisionCode) => Fill(Resource("example-list.yaml"), jurisdiction, divisionCode);

    private static string Fill(string text, string jurisdiction, string divisionCode) => text
        .Replace("{{jurisdiction}}", jurisdiction, StringComparison.Ordinal)
        .Replace("{{division_code}}", divisionCode, StringComparison.Ordinal);

    private static string Site(string jurisdiction, string divisionCode)
    {
        var site = new SiteInfo
        {
            Jurisdiction = jurisdiction,
            DivisionCode = divisionCode,
            Title = jurisdiction + "权责清单",
            DefaultRemedies = ["行政复议", "行政诉讼"],
        };
        return TopLevelYaml.Site(site)
            + "# 网站的正式网址，以 / 结尾；发布前填写（去掉行首的“# ”）：\n"
            + "# base_url: https://www.example.gov.cn/qzqd/\n"
            + "# 投诉监督电话、投诉电话（如 12345 热线）和报告问题的地址（{code} 处填入事项编码）：\n"
            + "# supervision_phone: 0000-0000000\n"
            + "# complaint_phone: \"12345\"\n"
            + "# feedback: \"mailto:qzqd@example.gov.cn?subject=权责清单问题 {code}\"\n";
    }

    /// <summary>A top-level file with an empty sequence under <paramref name="key"/> and a commented example record.</summary>
    private static string Empty(string key, string help, string example)
    {
        var commented = string.Concat(example.TrimEnd('\n').Split('\n').Select(line => "# " + line + "\n"));
        return "# " + ListYaml.SchemaLine(key) + "\n"
            + "# " + help + "\n"
            + $"# 添加第一项时，把下一行的“{key}: []”改为“{key}:”，再照示例逐项填写（去掉示例行首的“# ”）。\n"
            + key + ": []\n"
            + ExampleMarker + "\n"
            + commented;
    }

    private static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    private static string Resource(string name)
    {
        var resource = "PowerList.Scaffold." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(resource + " is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }
}
