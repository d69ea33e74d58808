using System.Globalization;
using System.Text;
using PowerList.Tests.Site;

namespace PowerList.Tests.Security;

/// <summary>
/// The payloads of <c>tests/fixtures/hostile/payloads.txt</c>, decoded: escapes resolved, <c>$X</c> replaced by
/// <c>top.__pwned=N;alert(N)</c>, <c>long:</c> lines repeated to <see cref="LongLength"/> characters.
/// </summary>
public static class HostileCorpus
{
    public const int LongLength = 100_000;

    public static string FilePath => Path.Combine(SiteTestSupport.RepoRoot, "tests", "fixtures", "hostile", "payloads.txt");

    public static IReadOnlyList<string> Payloads { get; } = Load();

    /// <summary>What a payload runs when a browser executes it: sets <c>window.__pwned</c> and opens a dialog.</summary>
    public static string Action(int number) => $"top.__pwned={number};alert({number})";

    private static IReadOnlyList<string> Load()
    {
        var payloads = new List<string>();
        foreach (var raw in File.ReadAllLines(FilePath, Encoding.UTF8))
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var number = payloads.Count + 1;
            var line = raw;
            var isLong = line.StartsWith("long:", StringComparison.Ordinal);
            if (isLong)
            {
                line = line["long:".Length..];
            }

            var text = Unescape(line).Replace("$X", Action(number), StringComparison.Ordinal);
            if (isLong)
            {
                var builder = new StringBuilder(LongLength + text.Length);
                while (builder.Length < LongLength)
                {
                    builder.Append(text);
                }

                text = builder.ToString();
            }

            payloads.Add(text);
        }

        return payloads;
    }

    private static string Unescape(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\' || i + 1 == line.Length)
            {
                sb.Append(line[i]);
                continue;
            }

            var next = line[++i];
            switch (next)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                    sb.Append((char)int.Parse(line.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append('\\').Append(next); break;
            }
        }

        return sb.ToString();
    }
}
