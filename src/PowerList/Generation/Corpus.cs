using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using PowerList.Model;

namespace PowerList.Generation;

/// <summary>
/// The real text the generator resamples: the entries of the 11 Karamay 2024 lists grouped by agency, and the laws
/// they cite (embedded resource <c>karamay-corpus.json.gz</c>, built by <c>bench/make-corpus.py</c>).
/// </summary>
public sealed class Corpus
{
    /// <summary>Stage given to a real 责任事项 that names none.</summary>
    public const string DefaultStage = "直接实施责任";

    /// <summary>Level given to a real 实施层级 that names none (the real rows say 市本级).</summary>
    public const string DefaultLevel = "地州市级";

    private const string ResourceName = "PowerList.Generation.karamay-corpus.json.gz";

    private Corpus(ImmutableArray<CorpusAgency> agencies, ImmutableArray<Law> laws)
    {
        Agencies = agencies;
        Laws = laws;
    }

    public ImmutableArray<CorpusAgency> Agencies { get; }

    /// <summary>Every law cited by the corpus entries, sorted by id.</summary>
    public ImmutableArray<Law> Laws { get; }

    public static Corpus Load()
    {
        using var resource = typeof(Corpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少嵌入资源 {ResourceName}");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        var agencies = doc.RootElement.GetProperty("agencies").EnumerateArray()
            .Select(a => new CorpusAgency(
                Str(a, "id"),
                Str(a, "name"),
                a.GetProperty("entries").EnumerateArray().Select(ReadEntry).ToImmutableArray()))
            .ToImmutableArray();
        var laws = doc.RootElement.GetProperty("laws").EnumerateArray()
            .Select(l => new Law
            {
                Id = Str(l, "id"),
                Title = Str(l, "title"),
                Level = Str(l, "level"),
                Revision = Str(l, "revision"),
                Status = Str(l, "status"),
                Issuer = Str(l, "issuer"),
            })
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Corpus(agencies, laws);
    }

    private static Entry ReadEntry(JsonElement e) => new()
    {
        Category = Str(e, "cat"),
        Name = Str(e, "name"),
        Basis = Citations(e),
        Handler = Str(e, "handler"),
        Levels = Array(e, "levels").Select(l => new Level { Name = OrDefault(Str(l, "level"), DefaultLevel), Scope = Str(l, "scope"), Subject = Str(l, "subject") }).ToImmutableArray(),
        Duties = Str(e, "duties"),
        Responsibilities = Array(e, "responsibilities").Select(ReadResponsibility).ToImmutableArray(),
        Accountable = Str(e, "accountable"),
        Accountability = Str(e, "accountability"),
        SubItems = Array(e, "sub_items").Select(s => new SubItem { Name = Str(s, "name"), Basis = Citations(s), Notes = Str(s, "notes") }).ToImmutableArray(),
        Remedies = Array(e, "remedies").Select(r => r.GetString() ?? "").ToImmutableArray(),
    };

    /// <summary>
    /// The imported real lists give 责任事项 without a stage, the text starting with a heading line such as
    /// 直接实施责任：; the heading becomes the stage (validation requires one), or <see cref="DefaultStage"/>.
    /// </summary>
    private static Responsibility ReadResponsibility(JsonElement r)
    {
        var stage = Str(r, "stage");
        var content = Str(r, "content");
        if (stage.Length == 0)
        {
            var newline = content.IndexOf('\n', StringComparison.Ordinal);
            var first = (newline < 0 ? content : content[..newline]).TrimEnd('：', ':', ' ');
            if (first.EndsWith("责任", StringComparison.Ordinal) && first.Length <= 10)
            {
                stage = first;
                content = newline < 0 ? content : content[(newline + 1)..];
            }
            else
            {
                stage = DefaultStage;
            }
        }

        return new Responsibility { Stage = stage, Content = content, Basis = Str(r, "basis") };
    }

    private static string OrDefault(string value, string fallback) => value.Length == 0 ? fallback : value;

    private static ImmutableArray<Citation> Citations(JsonElement e) =>
        Array(e, "basis").Select(c => new Citation { Law = Str(c, "law"), Articles = Str(c, "articles"), Quote = Str(c, "quote"), Text = Str(c, "text") }).ToImmutableArray();

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
