namespace PowerList.Generation;

/// <summary>
/// New numbered lists (追责情形) from real ones: a real text gives the heading line and the number of items; the
/// items are real items drawn from every real text of the kind, in random order, then a real closing item (其他……)
/// when the template has one; the numbers are written again 1, 2, 3 …. Each line is real; the combination is new.
/// </summary>
public sealed class LineRecombiner
{
    private readonly (string Heading, int Items, string Closing)[] _templates;
    private readonly string[] _items;

    public LineRecombiner(IEnumerable<string> texts)
    {
        var templates = new List<(string, int, string)>();
        var items = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.Where(t => t.Length > 0))
        {
            var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var heading = lines.Count > 0 && Number(lines[0]) == 0 ? lines[0] : "";
            var body = lines.Skip(heading.Length > 0 ? 1 : 0).ToList();
            var closing = body.Count > 1 && Number(body[^1]) > 0 && body[^1].Contains("其他", StringComparison.Ordinal) ? body[^1] : "";
            if (closing.Length > 0)
            {
                body.RemoveAt(body.Count - 1);
            }

            templates.Add((heading, body.Count, closing.Length > 0 ? closing[(Number(closing) + 1)..] : ""));
            items.AddRange(body.Where(l => Number(l) > 0).Select(l => l[(Number(l) + 1)..]).Where(seen.Add));
        }

        _templates = [.. templates];
        _items = [.. items];
    }

    public string Next(Random random)
    {
        var (heading, count, closing) = _templates[random.Next(_templates.Length)];
        var lines = new List<string>();
        if (heading.Length > 0)
        {
            lines.Add(heading);
        }

        var chosen = new HashSet<int>();
        var n = 0;
        for (var tries = 0; n < count && tries < count * 4 && _items.Length > 0; tries++)
        {
            var i = random.Next(_items.Length);
            if (chosen.Add(i))
            {
                lines.Add($"{++n}.{_items[i]}");
            }
        }

        if (closing.Length > 0)
        {
            lines.Add($"{++n}.{closing}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>Digits of a leading item number followed by its mark (<c>12.</c>, <c>3、</c>), or 0.</summary>
    private static int Number(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or '、' or '．' ? digits : 0;
    }
}
