using System.Globalization;
using System.Net;
using System.Text;

namespace PowerList.Versions.Publishing;

/// <summary>
/// Draws a <see cref="ChartData"/> as a horizontal grouped bar chart in SVG at build time: one group per row, one
/// bar per version, value labels, a legend. No script, system fonts, text escaped; the page shows the same numbers
/// as a table next to it.
/// </summary>
public static class SvgChart
{
    private static readonly string[] Colors = ["#9db4d0", "#5b84b1", "#2f5f8f", "#173e66", "#c0504d", "#8064a2"];
    private const int LabelWidth = 230;
    private const int BarArea = 420;
    private const int BarHeight = 12;
    private const int GroupGap = 10;

    public static string Write(ChartData chart)
    {
        var n = Math.Max(1, chart.Series.Length);
        var groupHeight = n * BarHeight + GroupGap;
        var top = 40;
        var height = top + chart.Rows.Length * groupHeight + 10;
        var width = LabelWidth + BarArea + 60;
        var max = Math.Max(1, chart.Max);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"t d\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.Append("<title id=\"t\">").Append(E(chart.Title)).Append("</title>\n");
        sb.Append("<desc id=\"d\">").Append(E($"{chart.Title}，按{chart.RowHeader}和版本（{string.Join("、", chart.Series)}）；数据见页面中的表格。")).Append("</desc>\n");
        for (var s = 0; s < chart.Series.Length; s++)
        {
            var x = LabelWidth + s * 90;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"10\" width=\"12\" height=\"12\" fill=\"{Colors[s % Colors.Length]}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"21\">{E(chart.Series[s])}</text>\n");
        }

        for (var r = 0; r < chart.Rows.Length; r++)
        {
            var row = chart.Rows[r];
            var y = top + r * groupHeight;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + n * BarHeight / 2 + 4}\" text-anchor=\"end\">{E(Truncate(row.Label))}</text>\n");
            for (var s = 0; s < row.Values.Length; s++)
            {
                var value = row.Values[s];
                var w = (int)Math.Round((double)value / max * BarArea);
                var by = y + s * BarHeight;
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{by}\" width=\"{w}\" height=\"{BarHeight - 2}\" fill=\"{Colors[s % Colors.Length]}\"><title>{E($"{row.Label} {chart.Series[s]}：{value}")}</title></rect>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 4}\" y=\"{by + BarHeight - 3}\" font-size=\"10\">{value}</text>\n");
            }
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Truncate(string label) => label.Length > 18 ? label[..17] + "…" : label;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
