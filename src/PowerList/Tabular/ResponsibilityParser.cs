using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PowerList.Model;

namespace PowerList.Tabular;

/// <summary>
/// Splits a 责任事项 cell into stages: a line that starts with a stage heading (直接实施责任：, 1.受理责任：, …)
/// opens a stage whose content is the text up to the next heading. Text before the first heading, or a cell
/// without headings, is one responsibility under the generic stage <see cref="GenericStage"/> (the column's
/// name). The 责任事项依据 of the cell goes with the first stage.
/// </summary>
public static partial class ResponsibilityParser
{
    public const string GenericStage = "责任事项";

    public static ImmutableArray<Responsibility> Parse(string content, string basis)
    {
        var stages = new List<(string Stage, List<string> Lines)>();
        foreach (var line in content.Split('\n'))
        {
            var m = Heading().Match(line);
            if (m.Success)
            {
                stages.Add((m.Groups["stage"].Value, m.Groups["rest"].Value.Trim() is { Length: > 0 } rest ? [rest] : []));
            }
            else if (stages.Count == 0)
            {
                stages.Add((GenericStage, [line]));
            }
            else
            {
                stages[^1].Lines.Add(line);
            }
        }

        if (stages.Count == 0)
        {
            stages.Add((GenericStage, []));
        }

        return [.. stages.Select((s, i) => new Responsibility
        {
            Stage = s.Stage,
            Content = string.Join("\n", s.Lines).Trim('\n'),
            Basis = i == 0 ? basis : "",
        })];
    }

    /// <summary>The text of a responsibility as a 责任事项 cell: <c>stage：content</c>, or the content alone for the generic stage.</summary>
    public static string Format(Responsibility r) =>
        r.Stage.Length == 0 || r.Stage == GenericStage ? r.Content : $"{r.Stage}：{r.Content}";

    [GeneratedRegex(@"^(?:[0-9０-９]+\s*[.、．]\s*|[（(][0-9一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+、\s*)?(?<stage>[^\s：:，,。；;、]{2,10}责任)\s*[：:](?<rest>.*)$")]
    private static partial Regex Heading();
}
