using System.Collections.Immutable;

namespace PowerList.Versions.Publishing;

/// <summary>
/// The geometry of a horizontal grouped bar chart for a <see cref="ChartData"/>: one group per row, one bar per
/// version, value labels, a legend. Both the standalone SVG file (<see cref="SvgChart"/>) and the inline SVG of the
/// versions page (drawn by the template, so every text is escaped there) use it.
/// </summary>
public sealed record ChartLayout(
    int Width,
    int Height,
    string Title,
    string Description,
    ImmutableArray<ChartLayout.LegendItem> Legend,
    ImmutableArray<ChartLayout.Label> Labels,
    ImmutableArray<ChartLayout.Bar> Bars)
{
    public sealed record LegendItem(int X, int Y, string Fill, int TextX, int TextY, string Text);

    public sealed record Label(int X, int Y, string Text);

    public sealed record Bar(int X, int Y, int Width, int Height, string Fill, string Tooltip, int ValueX, int ValueY, int Value);

    private static readonly string[] Colors = ["#9db4d0", "#5b84b1", "#2f5f8f", "#173e66", "#c0504d", "#8064a2"];
    private const int LabelWidth = 230;
    private const int BarArea = 420;
    private const int BarHeight = 12;
    private const int GroupGap = 10;
    private const int Top = 40;

    public static ChartLayout Of(ChartData chart)
    {
        var n = Math.Max(1, chart.Series.Length);
        var groupHeight = n * BarHeight + GroupGap;
        var max = Math.Max(1, chart.Max);
        var legend = chart.Series.Select((s, i) => new LegendItem(LabelWidth + i * 90, 10, Colors[i % Colors.Length], LabelWidth + i * 90 + 16, 21, s));
        var labels = chart.Rows.Select((r, i) => new Label(LabelWidth - 6, Top + i * groupHeight + n * BarHeight / 2 + 4, Truncate(r.Label)));
        var bars = chart.Rows.SelectMany((r, i) => r.Values.Select((v, s) =>
        {
            var w = (int)Math.Round((double)v / max * BarArea);
            var y = Top + i * groupHeight + s * BarHeight;
            return new Bar(LabelWidth, y, w, BarHeight - 2, Colors[s % Colors.Length], $"{r.Label} {chart.Series[s]}：{v}", LabelWidth + w + 4, y + BarHeight - 3, v);
        }));
        return new ChartLayout(
            LabelWidth + BarArea + 60,
            Top + chart.Rows.Length * groupHeight + 10,
            chart.Title,
            $"{chart.Title}，按{chart.RowHeader}和版本（{string.Join("、", chart.Series)}）；数据见页面中的表格。",
            [.. legend],
            [.. labels],
            [.. bars]);
    }

    private static string Truncate(string label) => label.Length > 18 ? label[..17] + "…" : label;
}
