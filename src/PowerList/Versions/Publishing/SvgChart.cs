using System.Globalization;
using System.Net;
using System.Text;

namespace PowerList.Versions.Publishing;

/// <summary>Writes a <see cref="ChartLayout"/> as a standalone SVG file at build time: no script, system fonts, text escaped.</summary>
public static class SvgChart
{
    public static string Write(ChartData chart)
    {
        var c = ChartLayout.Of(chart);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{c.Width}\" height=\"{c.Height}\" viewBox=\"0 0 {c.Width} {c.Height}\" role=\"img\" aria-labelledby=\"t d\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.Append("<title id=\"t\">").Append(E(c.Title)).Append("</title>\n");
        sb.Append("<desc id=\"d\">").Append(E(c.Description)).Append("</desc>\n");
        foreach (var l in c.Legend)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{l.X}\" y=\"{l.Y}\" width=\"12\" height=\"12\" fill=\"{l.Fill}\"/><text x=\"{l.TextX}\" y=\"{l.TextY}\">{E(l.Text)}</text>\n");
        }

        foreach (var l in c.Labels)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{l.X}\" y=\"{l.Y}\" text-anchor=\"end\">{E(l.Text)}</text>\n");
        }

        foreach (var b in c.Bars)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{b.X}\" y=\"{b.Y}\" width=\"{b.Width}\" height=\"{b.Height}\" fill=\"{b.Fill}\"><title>{E(b.Tooltip)}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{b.ValueX}\" y=\"{b.ValueY}\" font-size=\"12\">{b.Value}</text>\n");
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
