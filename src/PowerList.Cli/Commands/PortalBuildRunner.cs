using System.Globalization;
using PowerList.Diagnostics;
using PowerList.Portal;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>build</c> and <c>serve</c> of a portal (docs/format.md "Many jurisdictions"): load and validate every
/// jurisdiction, build each one's part with the default site pipeline into <c>&lt;out&gt;.parts/&lt;id&gt;/</c> (kept, so
/// the next build redoes only what changed), then merge the parts into the site (<see cref="PortalMerge"/>). With
/// <see cref="Jurisdiction"/> and <see cref="PartOnly"/>: only that jurisdiction's part, into the output folder.
/// </summary>
internal sealed class PortalBuildRunner(string lists, string output, TemplateSource templates)
{
    public string? Jurisdiction { get; init; }

    public bool PartOnly { get; init; }

    public bool Clean { get; init; }

    public bool Precompress { get; init; }

    public bool Preview { get; init; }

    public bool ShowPrivate { get; init; }

    public IReadOnlyList<Diagnostic> LastErrors { get; private set; } = [];

    public int Run(TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        LastErrors = [];
        if (Jurisdiction is { } id && !Directory.Exists(Path.Combine(lists, PortalLayout.JurisdictionsFolder, id)))
        {
            stderr.WriteLine($"powerlist: 门户中没有辖区 {id}（{Path.Combine(lists, PortalLayout.JurisdictionsFolder)} 下没有这个文件夹）");
            return CliApp.ExitUsage;
        }

        var tree = PortalLoader.Load(lists, Jurisdiction);
        var shown = PortalDiagnostics.Shown(tree, ShowPrivate);
        DiagnosticWriter.Write(stdout, shown, DiagnosticFormat.Text);
        var errors = tree.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            LastErrors = [.. shown.Where(d => d.IsError)];
            stderr.WriteLine($"清单有 {errors} 个错误，网站没有生成；{output} 保持原样。");
            return CliApp.ExitErrors;
        }

        try
        {
            var set = TemplateSet.Load(templates);
            var options = new PartOptions(!Clean, Precompress ? PowerList.Site.Compression.Precompression.Default : null, Preview);
            if (PartOnly)
            {
                var part = tree.Jurisdictions.Single();
                var built = PortalPartBuilder.Build(part, tree.Info, set, output, options, null, token);
                stdout.WriteLine($"辖区 {part.Id}（{part.Name}）的部分已生成：{built.Files} 个文件，位于 {output}");
                return CliApp.ExitOk;
            }

            var partsRoot = output.TrimEnd(Path.DirectorySeparatorChar) + ".parts";
            var parts = new List<string>();
            foreach (var jurisdiction in tree.Jurisdictions)
            {
                var folder = Path.Combine(partsRoot, jurisdiction.Id);
                var built = PortalPartBuilder.Build(jurisdiction, tree.Info, set, folder, options, null, token);
                stdout.WriteLine($"{jurisdiction.Id} {jurisdiction.Name}：{built.Files} 个文件");
                parts.Add(folder);
            }

            var (files, bytes) = PortalMerge.Merge(PortalMerge.ReadParts(parts), set, output, options.Precompress, token);
            var mb = (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
            stdout.WriteLine($"门户网站已生成：{tree.Jurisdictions.Length} 个辖区，{files} 个文件，{mb} MB，位于 {output}");
            return CliApp.ExitOk;
        }
        catch (HandlebarsDotNet.HandlebarsException ex)
        {
            stderr.WriteLine($"powerlist: 网站模板有误（{templates.Description}）：{ex.Message}；{output} 保持原样。");
            LastErrors = [Diagnostic.Error(SourceLocation.None, "模板", ex.Message)];
            return CliApp.ExitUsage;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            stderr.WriteLine($"powerlist: 读写失败：{ex.Message}");
            LastErrors = [Diagnostic.Error(SourceLocation.None, "读写", ex.Message)];
            return CliApp.ExitUsage;
        }
    }
}
