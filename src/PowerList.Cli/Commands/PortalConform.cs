using System.Text;
using PowerList.Conformity;
using PowerList.Diagnostics;
using PowerList.Portal;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>conform</c> of a portal: every jurisdiction's report (or one's, <c>--jurisdiction</c>) in portal order; as JSON
/// a list of the one-jurisdiction objects (<see cref="ConformityJson"/>). Jurisdictions without a catalogue are left out.
/// </summary>
internal static class PortalConform
{
    public static int Run(string root, string? only, bool json, TextWriter output, TextWriter error)
    {
        if (only is not null && !Directory.Exists(Path.Combine(root, PortalLayout.JurisdictionsFolder, only)))
        {
            error.WriteLine($"powerlist: 门户中没有辖区 {only}");
            return CliApp.ExitUsage;
        }

        var tree = PortalLoader.Load(root, only);
        if (tree.HasErrors)
        {
            DiagnosticWriter.Write(error, PortalDiagnostics.Shown(tree, false).Where(d => d.IsError).ToArray(), DiagnosticFormat.Text);
            error.WriteLine("powerlist: 清单有错误，先修正再对照目录");
            return CliApp.ExitErrors;
        }

        var reports = tree.Jurisdictions.Select(j => ConformityChecker.Check(j.Checked.Lists)).OfType<ConformityReport>().ToList();
        if (reports.Count == 0)
        {
            error.WriteLine($"powerlist: {root} 中没有通用目录（catalogue.yaml），无从对照");
            return CliApp.ExitUsage;
        }

        if (json)
        {
            output.Write(Encoding.UTF8.GetString(ConformityBundle.Json(reports.Select(ConformityJson.Write))));
        }
        else
        {
            for (var i = 0; i < reports.Count; i++)
            {
                if (i > 0)
                {
                    output.WriteLine();
                }

                ConformityText.Write(output, reports[i]);
            }
        }

        return CliApp.ExitOk;
    }
}
