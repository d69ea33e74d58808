using System.Collections.Immutable;
using PowerList.Conformity;

namespace PowerList.Cli.Commands;

/// <summary>The import's report of how entries were tied to the catalogue: counts, then every tie a person should check.</summary>
internal static class CatalogueMatchText
{
    public static void Write(TextWriter output, ImmutableArray<CatalogueMatch> matches)
    {
        if (matches.IsDefaultOrEmpty)
        {
            return;
        }

        int Count(MatchKind kind) => matches.Count(m => m.Kind == kind);
        output.WriteLine($"对应通用目录：按目录编码列 {Count(MatchKind.CatalogueColumn)}，按编码 {Count(MatchKind.Code)}，按名称 {Count(MatchKind.Name)}，" +
            $"按相近名称 {Count(MatchKind.Similar)}（请核对），无法确定 {Count(MatchKind.Ambiguous)}，目录外 {Count(MatchKind.None)}");
        foreach (var m in matches)
        {
            var line = m.Kind switch
            {
                MatchKind.Similar => $"请核对 “{m.EntryName}” → 目录事项 {m.ItemCode}“{m.ItemName}”（相似度 {m.Similarity:0.00}）",
                MatchKind.Ambiguous => $"无法确定 “{m.EntryName}”：目录中 {m.ItemName} 同样相符，请在 catalogue 中写明",
                MatchKind.None when m.ItemCode.Length > 0 => $"目录编码 {m.ItemCode} 不在通用目录中：“{m.EntryName}”",
                MatchKind.None => $"目录外 “{m.EntryName}”",
                _ => null,
            };
            if (line is not null)
            {
                output.WriteLine(line);
            }
        }
    }
}
