using System.CommandLine;
using PowerList.Generation;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist generate --entries N [--seed S] --into DIR</c>: write a realistic lists folder of N entries
/// resampled from the real Karamay lists, for benchmarks and tests. <c>powerlist generate --province DIR [--seed S]
/// [--cities 14] [--counties 100] [--scale F]</c>: a province as a portal lists tree (catalogue, province, cities,
/// counties; <see cref="ProvinceGenerator"/>). Deterministic for a seed.
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var entries = new Option<int?>("--entries", "-n") { Description = "职权事项数（与 --into 一起用）" };
        var seed = new Option<int>("--seed") { Description = "随机种子（同一种子生成同样的清单）", DefaultValueFactory = _ => 1 };
        var into = new Option<string>("--into") { Description = "写入的清单文件夹（必须不存在或为空）" };
        var province = new Option<string>("--province") { Description = "生成一个省的多辖区清单（通用目录、省、地州市、县市区）写入此文件夹（必须不存在或为空）" };
        var cities = new Option<int>("--cities") { Description = $"地州市个数（--province，最多 {ProvincePlaces.MaxCities}）", DefaultValueFactory = _ => 14 };
        var counties = new Option<int>("--counties") { Description = "县市区个数（--province）", DefaultValueFactory = _ => 100 };
        var scale = new Option<double>("--scale") { Description = "规模倍数（--province；1 约为 30 万项职权）", DefaultValueFactory = _ => 1.0 };
        var command = new Command("generate", "生成任意规模的测试清单：从真实清单重新抽样，部门、类别和文字长度的分布与真实数据一致；--province 生成一个省的多辖区清单。");
        command.Options.Add(entries);
        command.Options.Add(seed);
        command.Options.Add(into);
        command.Options.Add(province);
        command.Options.Add(cities);
        command.Options.Add(counties);
        command.Options.Add(scale);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(province) is { } provinceFolder)
            {
                return Province(parse, provinceFolder, new ProvinceOptions
                {
                    Seed = parse.GetValue(seed),
                    Cities = parse.GetValue(cities),
                    Counties = parse.GetValue(counties),
                    Scale = parse.GetValue(scale),
                });
            }

            if (parse.GetValue(entries) is not { } count || parse.GetValue(into) is not { } folder)
            {
                error.WriteLine("powerlist: 需要 --entries 和 --into（一个辖区），或 --province（一个省）");
                return CliApp.ExitUsage;
            }

            if (count < 0)
            {
                error.WriteLine("powerlist: --entries 不能是负数");
                return CliApp.ExitUsage;
            }

            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                error.WriteLine($"powerlist: {folder} 不是空文件夹；生成的清单只写入新的或空的文件夹");
                return CliApp.ExitUsage;
            }

            try
            {
                var result = ListGenerator.Generate(count, parse.GetValue(seed), folder);
                output.WriteLine($"已生成 {result.Entries} 项职权：{result.Departments} 个部门，{result.ListFiles} 个清单文件，{result.Laws} 部法律法规，位于 {folder}");
                return CliApp.ExitOk;
            }
            catch (IOException ex)
            {
                error.WriteLine($"powerlist: 写入 {folder} 失败：{ex.Message}");
                return CliApp.ExitUsage;
            }
        });
        return command;
    }

    private static int Province(ParseResult parse, string folder, ProvinceOptions options)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (options.Cities < 0 || options.Cities > ProvincePlaces.MaxCities)
        {
            error.WriteLine($"powerlist: --cities 应在 0 到 {ProvincePlaces.MaxCities} 之间");
            return CliApp.ExitUsage;
        }

        if (options.Counties < 0 || options.Counties > ProvincePlaces.MaxCounties(options.Cities))
        {
            error.WriteLine($"powerlist: {options.Cities} 个地州市下最多有 {ProvincePlaces.MaxCounties(options.Cities)} 个县市区（--counties）");
            return CliApp.ExitUsage;
        }

        if (!(options.Scale > 0))
        {
            error.WriteLine("powerlist: --scale 应大于 0");
            return CliApp.ExitUsage;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            error.WriteLine($"powerlist: {folder} 不是空文件夹；生成的清单只写入新的或空的文件夹");
            return CliApp.ExitUsage;
        }

        try
        {
            var result = ProvinceGenerator.Generate(options, folder);
            output.WriteLine($"已生成 {result.Jurisdictions} 个辖区的清单：通用目录 {result.CatalogueItems} 项，职权 {result.Entries} 项，位于 {folder}");
            return CliApp.ExitOk;
        }
        catch (IOException ex)
        {
            error.WriteLine($"powerlist: 写入 {folder} 失败：{ex.Message}");
            return CliApp.ExitUsage;
        }
    }
}
