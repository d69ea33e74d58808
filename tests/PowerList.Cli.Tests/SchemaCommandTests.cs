using System.Text.Json;

namespace PowerList.Cli.Tests;

public class SchemaCommandTests
{
    [Fact]
    public async Task Writes_seven_schemas_identical_to_the_committed_ones()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await CliRun.Of("schema", "-o", dir);
            run.ExitCode.ShouldBe(0);
            var written = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            written.ShouldBe(["catalogue.schema.json", "categories.schema.json", "departments.schema.json", "laws.schema.json", "list.schema.json", "site.schema.json", "synonyms.schema.json"]);
            foreach (var name in written)
            {
                var text = File.ReadAllText(Path.Combine(dir, name!));
                using var _ = JsonDocument.Parse(text);
                foreach (var committed in new[] { Path.Combine(RepoPaths.Root, "lists", "_schema"), Path.Combine(RepoPaths.SampleLists, "_schema") })
                {
                    File.ReadAllText(Path.Combine(committed, name!)).ShouldBe(text, $"{committed}/{name} is stale: run powerlist schema");
                }
            }

            var list = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "list.schema.json"))).RootElement;
            var entry = list.GetProperty("definitions").GetProperty("entry");
            entry.GetProperty("title").GetString().ShouldBe("职权事项");
            entry.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["code", "name"]);
            entry.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
            entry.GetProperty("properties").GetProperty("public").GetProperty("type").GetString().ShouldBe("boolean");
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Every_sample_file_points_at_its_schema()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleLists, "*.yaml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).First();
            var rel = Path.GetRelativePath(RepoPaths.SampleLists, file).Replace('\\', '/');
            var expected = rel switch
            {
                "site.yaml" or "categories.yaml" or "departments.yaml" or "laws.yaml" or "synonyms.yaml" or "catalogue.yaml" =>
                    $"# yaml-language-server: $schema=_schema/{rel.Replace(".yaml", ".schema.json")}",
                _ => "# yaml-language-server: $schema=../_schema/list.schema.json",
            };
            first.ShouldBe(expected, rel);
        }

        await Task.CompletedTask;
    }
}
