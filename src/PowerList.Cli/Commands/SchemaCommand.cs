using System.CommandLine;
using PowerList.Format;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist schema [-o DIR]</c>: write the JSON Schemas of the list files for editor completion.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var outputDir = new Option<string>("--output", "-o")
        {
            Description = "输出文件夹（默认 lists/_schema）",
            DefaultValueFactory = _ => Path.Combine("lists", "_schema"),
        };

        var command = new Command("schema", "生成清单文件的 JSON Schema，供编辑器补全和检查");
        command.Options.Add(outputDir);
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(outputDir) ?? Path.Combine("lists", "_schema");
            Directory.CreateDirectory(dir);
            foreach (var file in JsonSchemaWriter.WriteAll())
            {
                var path = Path.Combine(dir, file.Path);
                File.WriteAllBytes(path, file.Content);
                parse.InvocationConfiguration.Output.WriteLine(path.Replace('\\', '/'));
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}
