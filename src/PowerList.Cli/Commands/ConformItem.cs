using PowerList.Conformity;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Validation;
using PowerList.Versions.Formatting;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist conform --item CODE LISTS...</c>: one catalogue item side by side across the jurisdictions in the
/// given lists folders, or in every jurisdiction of a portal folder (<see cref="ItemAcrossJurisdictions"/>), as text or
/// JSON (<see cref="ItemAcrossJson"/>).
/// </summary>
internal static class ConformItem
{
    public static int Run(IReadOnlyList<string> folders, string code, string format, TextWriter output, TextWriter error)
    {
        if (format == "csv")
        {
            error.WriteLine("powerlist: --item 的输出格式是 text 或 json");
            return CliApp.ExitUsage;
        }

        var jurisdictions = new List<(string Id, ListSet Lists)>();
        if (folders.Count == 1 && Portal.PortalLayout.IsPortal(folders[0]))
        {
            // A portal: all its jurisdictions, in portal order.
            var tree = Portal.PortalLoader.Load(folders[0]);
            if (tree.HasErrors)
            {
                DiagnosticWriter.Write(error, PortalDiagnostics.Shown(tree, false).Where(d => d.IsError).ToArray(), DiagnosticFormat.Text);
                error.WriteLine($"powerlist: {folders[0]} 的清单有错误，先修正再对照目录");
                return CliApp.ExitErrors;
            }

            jurisdictions.AddRange(tree.Jurisdictions.Select(j => (j.Id, j.Checked.Lists)));
        }

        foreach (var folder in jurisdictions.Count > 0 ? [] : folders)
        {
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {folder}");
                return CliApp.ExitUsage;
            }

            var result = ListCheck.Run(folder);
            if (result.HasErrors)
            {
                DiagnosticWriter.Write(error, result.Diagnostics.Where(d => d.IsError).ToArray(), DiagnosticFormat.Text);
                error.WriteLine($"powerlist: {folder} 的清单有错误，先修正再对照目录");
                return CliApp.ExitErrors;
            }

            jurisdictions.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), result.Lists));
        }

        if (ItemAcrossJurisdictions.Compare(code, jurisdictions) is not { } across)
        {
            error.WriteLine($"powerlist: 各辖区的通用目录（catalogue.yaml）中都没有编码 {code}");
            return CliApp.ExitUsage;
        }

        if (format == "json")
        {
            output.Write(new System.Text.UTF8Encoding(false).GetString(ItemAcrossJson.Write(across)));
            return CliApp.ExitOk;
        }

        var item = across.Item;
        output.WriteLine($"{item.Code} {item.Name}（{string.Join("、", item.Levels)}）");
        if (across.CommonPromisedLimit.Length > 0 || across.CommonStatutoryLimit.Length > 0)
        {
            output.WriteLine($"多数辖区的时限：法定 {Or(across.CommonStatutoryLimit)}，承诺 {Or(across.CommonPromisedLimit)}");
        }

        foreach (var row in across.Rows)
        {
            var head = $"  {row.JurisdictionName}（{row.Level}）{Status(row.Status)}";
            if (row.EntryCode.Length == 0)
            {
                output.WriteLine(head);
                continue;
            }

            var limits = row.StatutoryLimit.Length + row.PromisedLimit.Length > 0 ? $"　时限：法定 {Or(row.StatutoryLimit)}，承诺 {Or(row.PromisedLimit)}{(row.LongerLimit ? "（较长）" : "")}" : "";
            output.WriteLine($"{head} {row.EntryCode}{limits}");
            if (row.NameDiff.Any(s => s.Op != Versions.Diffing.TextSegment.Equal))
            {
                output.WriteLine($"    名称：{DiffText.Redline(row.NameDiff)}");
            }

            if (row.BasisDiff.Any(s => s.Op != Versions.Diffing.TextSegment.Equal))
            {
                output.WriteLine($"    依据：{DiffText.Redline(row.BasisDiff)}");
            }
        }

        return CliApp.ExitOk;
    }

    private static string Or(string text) => text.Length > 0 ? text : "未写";

    private static string Status(string status) => status switch
    {
        ItemAcrossJurisdictions.Implemented => "已实施",
        ItemAcrossJurisdictions.WrongLevel => "层级不符",
        ItemAcrossJurisdictions.Missing => "缺少",
        _ => "目录未交给本级",
    };
}
