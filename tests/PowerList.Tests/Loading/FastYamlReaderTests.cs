using System.Text;
using PowerList.Diagnostics;
using PowerList.Generation;
using PowerList.Loading;
using PowerList.Tests.Site;

namespace PowerList.Tests.Loading;

/// <summary>
/// Differential tests: on every YAML file of the repository, on generated lists, on hand-written tricky snippets
/// and on thousands of mutations of real files, the fast reader either declines or builds exactly the tree
/// YamlDotNet builds (values, plain or not, lines, columns, key order), and only when YamlDotNet reports nothing.
/// </summary>
public class FastYamlReaderTests
{
    private static readonly string[] Snippets =
    [
        "a: 1\n",
        "a: 1",
        "a:\n  - x\n  - y\n",
        "a:\n- x\n- y\nb: z\n",
        "a:\n  -\n    b: c\n",
        "a:\n  - b: c\n    d: e\n  - f: g\n",
        "a:\n  -   b: c\n      d: e\n",
        "a: |\n  x\n  y\n",
        "a: |-\n  x\n\n  y\n\n\nb: c\n",
        "a: |+\n  x\n\n\nb: c\n",
        "a: |+\n  x\n\n",
        "a: |\n  x\n\n\n",
        "a: |\n    x\n   y\n",
        "a: |\n  x\n   \n  y\n",
        "a: |\n  x\n     \n  y\n",
        "a: |\n\n  x\n",
        "a: |2\n   x\n",
        "a: | # c\n  x\n",
        "a: |#c\n  x\n",
        "a: |\n  # not a comment\n  x\n# a comment\nb: c\n",
        "a: |\nb: c\n",
        "a: >\n  x\n  y\n",
        "a: b\n  c\n",
        "a: b\n\n  c\n",
        "a: b\n  # c\nd: e\n",
        "a: b # c\n",
        "a: b#c\n",
        "a: b  \n",
        "a: b:c\n",
        "a:: b\n",
        "a:b: c\n",
        "a :b: c\n",
        "a#: b\n",
        "a #: b\n",
        "x:\n  - a#: b\n  - c #: d\n  - e: f #: g\n",
        "x:\n  - a: b\n  c\n",
        "x:\n  - a: b\n    c\n",
        "x:\n  - a\n    b\n",
        "x:\n  - a\n  - |\n    b\n  - c\n",
        "x:\n  - |-\n   b\n  - c\n",
        "x:\n  - a: |\n      b\n    c: d\n",
        "x:\n  - a: |\n     b\n    c: d\n",
        "x:\n  - a: |\n    b\n    c: d\n",
        "...a: b\n",
        "---a: b\n",
        "a: ...\nb: ---\n",
        "a: 'it''s'\nb: \"\\u0041\\u00e9\\u4e2d\"\n",
        "a: \"\\ud800\"\n",
        "a: b\n  \nc: d\n",
        "a:\n  - b\n\n  - c\n",
        "a:\n  -\n  - c\n",
        "a:\n  - b:\n  - c\n",
        "a: b: c\n",
        "a: b:\n",
        "a:b\n",
        "a : b\n",
        "a:  b\n",
        "'a': b\n",
        "\"a\": b\n",
        "a: 'b''c'\n",
        "a: 'b' # c\n",
        "a: 'b'c\n",
        "a: \"b\\\"c\\n\\t\\u00e9\\\\\"\n",
        "a: \"b\\x41\"\n",
        "a: \"b\\q\"\n",
        "a: \"b\n  c\"\n",
        "a: 'b\n  c'\n",
        "a: ~\nb: null\nc: on\nd: yes\ne: 0123\nf: -1\ng: .5\nh: 1e3\n",
        "a:\nb: c\n",
        "a: \n",
        "a: b\na: c\n",
        "a: [b, c]\n",
        "a: [b,c]\n",
        "a: [ b , c ]\n",
        "a: []\n",
        "a: [ ]\n",
        "a: [b, ]\n",
        "a: [b,, c]\n",
        "a: [\"b, c\", 'd']\n",
        "a: [b c, d] # e\n",
        "a: [b, c]x\n",
        "a: [b:c, d]\n",
        "a: [b, [c]]\n",
        "a: [b,\n  c]\n",
        "a:\n  - [b, c]\n  - d\n",
        "a: [-b, c]\n",
        "a: {b: c}\n",
        "a: {b: c, d: 'e', f: \"g\"}\n",
        "a: {b: c,d: e}\n",
        "a: {b:c}\n",
        "a: {b: c:d}\n",
        "a: {b: ~, c: null, d: 1}\n",
        "a: {b: }\n",
        "a: {b: c, b: d}\n",
        "a: {}\n",
        "a: { }\n",
        "a: { b: c }\n",
        "a: {b : c}\n",
        "a: {b: c} # d\n",
        "a: {b: c}x\n",
        "a: {b: c, }\n",
        "a: {b: [c]}\n",
        "a: {b: {c: d}}\n",
        "a: {\"b\": c}\n",
        "a: {b c: d e}\n",
        "a: {b: c d, e: -f}\n",
        "a: [{b: c}, {d: e, f: g}]\n",
        "a: [{b: c}, d]\n",
        "a: [{}, {b: c}]\n",
        "a:\n  - {b: c, d: e}\n  - {f: g}\n",
        "a:\n  - {b: c}: d\n",
        "a:\n  - [b]: d\n",
        "a: {b: c,\n  d: e}\n",
        "{a: b}\n",
        "a: {b: c}: d\n",
        "a: &x b\nc: *x\n",
        "a: !!str b\n",
        "a: !x b\n",
        "---\na: b\n",
        "a: b\n...\n",
        "%YAML 1.2\n---\na: b\n",
        "a: b\n---\nc: d\n",
        "- a\n- b\n",
        "  a: b\n",
        "a:\n    b: c\n   d: e\n",
        "a:\n  b: c\n d: e\n",
        "a:\n\tb: c\n",
        "a: b\r\nc: d\r\n",
        "a: b\u2028c\n",
        "a: b\u0085c\n",
        "a: b\u00a0\n",
        "a: \u00a0b\n",
        "a: b\ufeff\n",
        "a: 😀\nb: c\n",
        "a: x😀y\nb: c😀\n😀: d\ne:\n  - 😀: 😀\n    f: [😀, 😀]\n",
        "a: \u00a0\nb: x\u00a0 \nc: x \u00a0\n",
        "a: - b\n",
        "a: -b\n",
        "a: -\n",
        "a: ? b\n",
        "a: ?b\n",
        "? a\n: b\n",
        "a: :b\n",
        "a: @b\n",
        "a: `b\n",
        "a: %b\n",
        "a: #b\n",
        "a: b #\n",
        "a:\n  - - b\n",
        "a:\n  - # c\n    b: c\n",
        "a:\n  - 'x': y\n",
        "a:\n  - x: 'y' z\n",
        "a:\n  - x\n  y\n",
        "a:\n  - x\n   - y\n",
        "a:\n  b:\n  - c\n  d: e\n",
        "a:\n  b:\n  - c\n  - d\nd: e\n",
        "# only a comment\n",
        "\n\n",
        "",
        "a: b\n# end",
        "a: 中文：说明\nb: 第一条 第二款\n",
        "a: 1. 第一 - 第二\n",
        "a: x - y\n",
        "a: x -\n",
        "a:   # comment\n  b: c\n",
        "a: |\n  x\n b: c\n",
        "a: |\n  x\n  \tb\n",
        "a: \"\"\nb: ''\n",
        "a: <<\n<<: b\n",
        "a: x\n    # deeper comment\nb: y\n",
        "a:\n  # comment\n  b: c\n",
        "a:\n# comment at 0\n  b: c\n",
        "a:\n\n  b: c\n",
        "a: |-\n  x\n  \n",
        "a: |-\n  x\n\n  \n",
    ];

    private static (YamlNode? Root, List<Diagnostic> Diagnostics, bool Complete) Slow(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlFileReader.ParseWithYamlDotNet("f.yaml", text, LoadOptions.Default, diagnostics, out var complete);
        return (root, diagnostics, complete);
    }

    /// <summary>Null when the fast reader declines or agrees; else what differs.</summary>
    private static string? Disagreement(string text, out bool accepted, StringPool? pool = null)
    {
        var fast = FastYamlReader.TryParse(text, LoadOptions.Default, pool);
        accepted = fast is not null;
        if (fast is null)
        {
            return null;
        }

        var (slow, diagnostics, complete) = Slow(text);
        if (diagnostics.Count > 0 || !complete)
        {
            return "accepted a text YamlDotNet reports: " + string.Join("; ", diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Message}"));
        }

        return Difference(fast, slow, "$");
    }

    private static string? Difference(YamlNode? a, YamlNode? b, string at)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{at}: one tree is null";
        }

        if (a.GetType() != b.GetType() || a.Line != b.Line || a.Column != b.Column)
        {
            return $"{at}: {a.GetType().Name} {a.Line}:{a.Column} vs {b.GetType().Name} {b.Line}:{b.Column}";
        }

        switch (a)
        {
            case YamlScalar sa:
                var sb = (YamlScalar)b;
                return sa.Value == sb.Value && sa.IsPlain == sb.IsPlain && sa.IsPlaceholder == sb.IsPlaceholder
                    ? null
                    : $"{at}: [{Escape(sa.Value)}] plain={sa.IsPlain} vs [{Escape(sb.Value)}] plain={sb.IsPlain}";
            case YamlSequence qa:
                var qb = (YamlSequence)b;
                if (qa.Items.Count != qb.Items.Count)
                {
                    return $"{at}: {qa.Items.Count} items vs {qb.Items.Count}";
                }

                for (var i = 0; i < qa.Items.Count; i++)
                {
                    if (Difference(qa.Items[i], qb.Items[i], $"{at}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                var ma = (YamlMapping)a;
                var mb = (YamlMapping)b;
                if (ma.Pairs.Count != mb.Pairs.Count)
                {
                    return $"{at}: {ma.Pairs.Count} pairs vs {mb.Pairs.Count}";
                }

                for (var i = 0; i < ma.Pairs.Count; i++)
                {
                    if ((Difference(ma.Pairs[i].Key, mb.Pairs[i].Key, $"{at}.key{i}") ?? Difference(ma.Pairs[i].Value, mb.Pairs[i].Value, $"{at}.{ma.Pairs[i].Key.Value}")) is { } d)
                    {
                        return d;
                    }
                }

                return null;
        }
    }

    private static string Escape(string s) => s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static IEnumerable<string> RepositoryYamlFiles()
    {
        var root = SiteTestSupport.RepoRoot;
        return new[] { "tests", "lists", "docs" }
            .Select(d => Path.Combine(root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => new FileInfo(f).ResolveLinkTarget(returnFinalTarget: true) is not { Exists: false })
            .Order(StringComparer.Ordinal);
    }

    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return Encoding.UTF8.GetString(span);
    }

    [Fact]
    public void Agrees_with_YamlDotNet_on_every_yaml_file_of_the_repository()
    {
        var files = RepositoryYamlFiles().ToList();
        files.Count.ShouldBeGreaterThan(50);
        var problems = new List<string>();
        var accepted = 0;
        foreach (var file in files)
        {
            if (Disagreement(ReadText(file), out var ok) is { } d)
            {
                problems.Add($"{file}: {d}");
            }

            accepted += ok ? 1 : 0;
        }

        problems.ShouldBeEmpty();
        accepted.ShouldBeGreaterThan(files.Count / 2);
    }

    [Fact]
    public void Reads_every_sample_list_itself()
    {
        var lists = Path.Combine(SiteTestSupport.RepoRoot, "lists");
        var declined = Directory.EnumerateFiles(lists, "*.yaml", SearchOption.AllDirectories)
            .Select(f => FastYamlReader.TryParse(ReadText(f), LoadOptions.Default, out var why) is null ? $"{f}: {why}" : null)
            .OfType<string>()
            .ToList();
        declined.ShouldBeEmpty();
    }

    [Fact]
    public void Agrees_with_YamlDotNet_on_generated_lists_and_reads_them_all_itself()
    {
        var dir = Path.Combine(Path.GetTempPath(), "fastyaml-" + Guid.NewGuid().ToString("N"));
        try
        {
            ListGenerator.Generate(1500, seed: 7, into: dir);
            var files = Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            files.Count.ShouldBeGreaterThan(10);
            var pool = new StringPool();
            foreach (var file in files)
            {
                Disagreement(ReadText(file), out _, pool).ShouldBeNull(file);
                FastYamlReader.TryParse(ReadText(file), LoadOptions.Default, out var why);
                why.ShouldBeNull(file);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Agrees_with_YamlDotNet_on_tricky_snippets()
    {
        var problems = new List<string>();
        var accepted = 0;
        foreach (var snippet in Snippets)
        {
            if (Disagreement(snippet, out var ok) is { } d)
            {
                problems.Add($"[{Escape(snippet)}]: {d}");
            }

            accepted += ok ? 1 : 0;
        }

        problems.ShouldBeEmpty();
        accepted.ShouldBeGreaterThan(20);
    }

    private static readonly string[] Insertions =
    [
        ":", ": ", " #", "#", "- ", " ", "  ", "\n", "\r\n", "\n\n", "  \n", "~", "null", "on", "yes", "123", "-1", "'", "''",
        "\"", "\\n", "\\", "|", "|-", "|+", "|2", ">", "---\n", "...\n", "\t", "\r", "\u2028", "\u0085", "\u00a0", "\ufeff",
        "[", "]", "{", "}", "&a ", "*a", "!", "? ", "%", "@", "`", ",", "😀", "- x\n", "k: v\n", "  k: v\n", "    - v\n",
    ];

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var count = 1 + random.Next(3);
        for (var m = 0; m < count && lines.Count > 0; m++)
        {
            var l = random.Next(lines.Count);
            var line = lines[l];
            switch (random.Next(9))
            {
                case 0:
                    lines[l] = new string(' ', 1 + random.Next(3)) + line;
                    break;
                case 1:
                    lines[l] = line.TrimStart(' ').Length < line.Length ? line[1..] : line;
                    break;
                case 2:
                    lines.RemoveAt(l);
                    break;
                case 3:
                    lines.Insert(l, line);
                    break;
                case 4:
                    var k = line.IndexOf(": ", StringComparison.Ordinal);
                    lines[l] = k >= 0 ? line[..(k + 1)] : line;
                    break;
                case 5:
                    lines[l] = line + Insertions[random.Next(Insertions.Length)];
                    break;
                case 6:
                    var c = line.IndexOf(": ", StringComparison.Ordinal);
                    lines[l] = c >= 0 ? line[..(c + 2)] + Insertions[random.Next(Insertions.Length)] + line[(c + 2)..] : line;
                    break;
                default:
                    var at = random.Next(line.Length + 1);
                    lines[l] = line[..at] + Insertions[random.Next(Insertions.Length)] + line[at..];
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public void Agrees_with_YamlDotNet_on_mutations_of_real_files()
    {
        var random = new Random(20261122);
        var bases = RepositoryYamlFiles()
            .Select(ReadText)
            .Where(t => t.Length < 6000 && FastYamlReader.TryParse(t, LoadOptions.Default) is not null)
            .Concat(Snippets.Where(s => FastYamlReader.TryParse(s, LoadOptions.Default) is not null))
            .ToList();
        bases.Count.ShouldBeGreaterThan(30);
        var problems = new List<string>();
        var accepted = 0;
        var total = 0;
        foreach (var text in bases)
        {
            for (var i = 0; i < 300; i++)
            {
                var mutated = Mutate(text, random);
                total++;
                if (Disagreement(mutated, out var ok) is { } d)
                {
                    problems.Add($"[{Escape(mutated)}]: {d}");
                }

                accepted += ok ? 1 : 0;
            }
        }

        problems.Take(10).ShouldBeEmpty();
        accepted.ShouldBeGreaterThan(total / 10);
    }
}
