using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Writing;

namespace PowerList.Cli.Tests.Security;

/// <summary>
/// Not public means never published: the sample lists plus non-public entries with a marker in every field
/// (code, name, sub-items and their notes and citations, levels, responsibilities, steps, citations' quotes,
/// adjustments, extra keys and values), released twice with the secret entries changed, added and removed in
/// between, then built with <c>powerlist build</c>. A public entry names a secret code in <c>adjustments.replaces</c>
/// in every round, and one secret entry has no legal basis (a warning that would quote its name). No output byte —
/// pages, search index shards, data downloads, sitemap, feeds, diffs, version and release pages, every export format,
/// every diff format, inside zip/xlsx/gzip too — and no line that build, validate, diff or export print holds the
/// marker in UTF-8, as JSON <c>\uXXXX</c>, HTML character references or percent-encoding.
/// </summary>
public sealed class NotPublicTests : IDisposable
{
    public const string Cjk = "秘密标记";
    public const string Ascii = "ZXQSECRETQXZ";
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-notpublic-").FullName;
    private readonly StringBuilder _logs = new();

    private string Lists => Path.Combine(_root, "lists");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task No_output_byte_holds_the_marker_of_a_non_public_entry()
    {
        RepoPaths.CopySampleLists(Lists);

        AddSecrets(["1", "2", "3"], "甲");
        (await Cli("release", "2024", "--date", "2024-12-31", "--title", "2024 年版", "--lists", Lists)).ShouldBe(0);
        AddSecrets(["2", "3", "4"], "乙");
        (await Cli("release", "2025", "--date", "2025-12-31", "--title", "2025 年版", "--lists", Lists)).ShouldBe(0);
        AddSecrets(["3", "5"], "丙");
        var site = Path.Combine(_root, "site");
        (await Cli("build", Lists, "-o", site, "--templates", Path.Combine(RepoPaths.Root, "site-templates"))).ShouldBe(0);
        (await Cli("validate", Lists)).ShouldBe(0);
        var more = Path.Combine(site, "_more"); // scanned with the site
        Directory.CreateDirectory(more);
        foreach (var format in new[] { "json", "csv", "xlsx" })
        {
            (await Cli("export", Lists, "--format", format, "-o", Path.Combine(more, "export." + format))).ShouldBe(0);
        }

        foreach (var (from, to) in new[] { ("2024", "2025"), ("2025", "current"), ("2024", "current") })
        {
            foreach (var format in new[] { "text", "json", "markdown", "csv" })
            {
                (await Cli("diff", from, to, "--format", format, "--lists", Lists)).ShouldBe(0);
            }
        }

        var log = _logs.ToString();
        log.ShouldContain("PL0320", customMessage: "the reference to a secret code is reported to the editor");
        log.ShouldContain("PL0501", customMessage: "the secret entry without basis is reported, by place only");
        File.WriteAllText(Path.Combine(more, "logs.txt"), log);

        // Asked for (--show-private, not logged above), the editor sees the secret entry's name in the warning.
        var shown = new StringWriter();
        (await CliApp.RunAsync(["validate", Lists, "--show-private"], shown, new StringWriter())).ShouldBe(0);
        shown.ToString().ShouldContain(Cjk + Ascii + "名称");

        var files = Directory.GetFiles(site, "*", SearchOption.AllDirectories);
        files.Length.ShouldBeGreaterThan(20);
        var kinds = files.Select(f => Path.GetExtension(f)).Distinct().Order(StringComparer.Ordinal).ToList();
        var hits = new List<string>();
        var scanned = 0;
        foreach (var file in files)
        {
            foreach (var (name, bytes) in Expand(Path.GetRelativePath(site, file), File.ReadAllBytes(file)))
            {
                scanned++;
                foreach (var form in Forms())
                {
                    if (bytes.AsSpan().IndexOf(form.Bytes) >= 0)
                    {
                        hits.Add($"{name}: {form.Name}");
                    }
                }
            }
        }

        scanned.ShouldBeGreaterThanOrEqualTo(files.Length);
        hits.ShouldBeEmpty($"非公开事项的标记出现在输出中（共扫描 {scanned} 个文件，类型 {string.Join(" ", kinds)}）：\n" + string.Join("\n", hits.Take(50)));

        // The public entries are there (the scan would find them): the marker forms work on a control text.
        var control = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(site, "index.html")));
        control.AsSpan().IndexOf(Encoding.UTF8.GetBytes("克拉玛依")).ShouldBeGreaterThanOrEqualTo(0);
    }

    private async Task<int> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        _logs.Append(stdout).Append(stderr);
        if (code != 0)
        {
            throw new ShouldAssertException($"powerlist {string.Join(' ', args)} → {code}\n{stdout}\n{stderr}");
        }

        return code;
    }

    private void AddSecrets(string[] numbers, string round)
    {
        var loaded = ListLoader.Load(Lists);
        loaded.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var lists = loaded.Lists;
        var file = lists.Files.First(f => f.Department == "fgw" && f.Category == "cf");
        var kept = file.Entries.Where(e => !e.Code.Contains(Ascii, StringComparison.Ordinal)).ToList();
        var secrets = numbers.Select(n => Secret(n, round, file.Entries.First().Basis)).ToList();
        var unfounded = Secret(numbers[0] + "9", round, file.Entries.First().Basis);
        secrets.Add(unfounded with { Basis = [], SubItems = [.. unfounded.SubItems.Select(x => x with { Basis = [] })] });

        // A public entry says it replaces a secret code: the reference must never be published.
        var first = kept[0];
        kept[0] = first with
        {
            Adjustments = [.. first.Adjustments.Where(a => a.Replaces.IsDefaultOrEmpty || !a.Replaces.Any(c => c.Contains(Ascii, StringComparison.Ordinal))),
                new Adjustment { Type = "调整", Date = "2024-06-01", Replaces = [secrets[0].Code] }],
        };
        var files = lists.Files.Replace(file, file with { Entries = [.. kept, .. secrets] });
        ListsWriter.Write(Lists, lists with { Files = files });
    }

    private static Entry Secret(string n, string round, ImmutableArray<Citation> publicBasis)
    {
        string T(string field) => $"{Cjk}{Ascii}{field}{round}";
        var law = publicBasis.FirstOrDefault(c => c.IsStructured)?.Law ?? "price-law";
        return new Entry
        {
            Code = $"650200-FGW-CF-{Ascii}{n}",
            Name = T("名称" + n),
            Department = "fgw",
            Category = "cf",
            SubItems = [new SubItem { Code = $"650200-FGW-CF-{Ascii}{n}-01", Name = T("子项"), Notes = T("子项备注"), Basis = [new Citation { Law = law, Articles = T("条"), Quote = T("原文") }] }],
            Basis = [new Citation { Law = law, Articles = T("条款"), Quote = T("引文") }, new Citation { Text = T("依据文本") }],
            Subject = T("主体"),
            Handler = T("承办"),
            Levels = [new Level { Name = T("层级"), Scope = T("范围"), Subject = T("层级主体") }],
            Duties = T("职责"),
            Responsibilities = [new Responsibility { Stage = T("环节"), Content = T("内容"), Basis = T("责任依据") }],
            Accountable = T("追责对象"),
            Accountability = T("追责情形"),
            Process = new ProcessInfo { Steps = [new ProcessStep { Name = T("步骤"), Description = T("说明"), TimeLimit = T("时限") }], StatutoryLimit = T("法定"), PromisedLimit = T("承诺") },
            Fees = new Fees { Charged = true, Basis = T("收费依据"), Standard = T("收费标准") },
            Supervision = new Supervision { Method = T("监督"), Phone = T("电话") },
            Remedies = [T("救济")],
            Notes = T("备注") + " [链接](https://example.gov.cn/" + Ascii + ")",
            Public = false,
            Adjustments = [new Adjustment { Type = "新增", Document = T("文号"), Date = "2024-01-01", Note = T("说明") }],
            Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>(T("列名"), T("列值"))]),
        };
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Forms()
    {
        yield return ("UTF-8 " + Ascii, Encoding.ASCII.GetBytes(Ascii));
        yield return ("UTF-8 " + Ascii.ToLowerInvariant(), Encoding.ASCII.GetBytes(Ascii.ToLowerInvariant()));
        yield return ("UTF-8 " + Cjk, Encoding.UTF8.GetBytes(Cjk));
        yield return ("UTF-16LE " + Cjk, Encoding.Unicode.GetBytes(Cjk));
        yield return ("GB18030 " + Cjk, CodePages().GetBytes(Cjk));
        var units = Cjk.Select(c => (int)c).ToList();
        yield return ("JSON \\u (小写)", Encoding.ASCII.GetBytes(string.Concat(units.Select(u => $"\\u{u:x4}"))));
        yield return ("JSON \\u (大写)", Encoding.ASCII.GetBytes(string.Concat(units.Select(u => $"\\u{u:X4}"))));
        yield return ("HTML &#十进制;", Encoding.ASCII.GetBytes(string.Concat(units.Select(u => $"&#{u};"))));
        yield return ("HTML &#x十六进制;", Encoding.ASCII.GetBytes(string.Concat(units.Select(u => $"&#x{u:X};"))));
        yield return ("HTML &#x十六进制; (小写)", Encoding.ASCII.GetBytes(string.Concat(units.Select(u => $"&#x{u:x};"))));
        yield return ("百分号编码", Encoding.ASCII.GetBytes(Uri.EscapeDataString(Cjk)));
        yield return ("百分号编码 (小写)", Encoding.ASCII.GetBytes(Uri.EscapeDataString(Cjk).ToLowerInvariant()));
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    // Zip containers (xlsx, zip) and gzip are opened so compressed downloads are scanned too.
    private static IEnumerable<(string Name, byte[] Bytes)> Expand(string name, byte[] bytes)
    {
        yield return (name, bytes);
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                foreach (var inner in Expand(name + "!" + entry.FullName, copy.ToArray()))
                {
                    yield return inner;
                }
            }
        }
        else if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var copy = new MemoryStream();
            gzip.CopyTo(copy);
            foreach (var inner in Expand(name + "!gunzip", copy.ToArray()))
            {
                yield return inner;
            }
        }
    }
}
