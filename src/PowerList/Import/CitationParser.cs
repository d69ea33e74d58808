using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PowerList.Import;

/// <summary>
/// Splits a legal-basis cell into citations. Each citation starts at an optional source tag 【…】 followed by
/// 《title》; a parenthesised note right after the title is its revision note; then each article reference that
/// starts the text or a line (第二十二条第一款、第二项 …) opens a citation of its own whose quote is the text after
/// it (a leading ： removed). Text before the first title, or a cell without any title, stays free text.
/// Nothing is dropped: every character of the cell (apart from separators) ends up in a title, note, article,
/// quote or free text.
/// </summary>
public static partial class CitationParser
{
    public static ImmutableArray<ParsedCitation> Parse(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var matches = TitleStart().Matches(text).Where(m => StartsCitation(text, m)).ToList();
        if (matches.Count == 0)
        {
            return [ParsedCitation.FreeText(text)];
        }

        var result = ImmutableArray.CreateBuilder<ParsedCitation>();
        var lead = text[..matches[0].Index].Trim();
        if (lead.Length > 0)
        {
            result.Add(ParsedCitation.FreeText(lead));
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var tag = m.Groups["tag"].Value.Trim();
            var title = m.Groups["title"].Value.Trim();
            var rest = text[(m.Index + m.Length)..end];
            var revision = "";
            var note = Revision().Match(rest);
            if (note.Success)
            {
                revision = note.Groups["note"].Value.Trim();
                rest = rest[note.Length..];
            }

            result.AddRange(Articles(tag, title, revision, rest));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A 《title》 starts a citation when a source tag precedes it, or when it looks like the title of a legal
    /// source and stands at the start of the cell, of a line or of a sentence. A 《title》 inside quoted text
    /// (核发《船员培训许可证》) does not.
    /// </summary>
    private static bool StartsCitation(string text, Match m)
    {
        if (m.Groups["tag"].Success)
        {
            return true;
        }

        if (!LawTitle().IsMatch(m.Groups["title"].Value))
        {
            return false;
        }

        var before = text[..m.Index].TrimEnd(' ', '\t', '\u3000');
        before = ListMarker().Replace(before, "");
        return before.Length == 0 || "\n。；;".Contains(before[^1]);
    }

    private static IEnumerable<ParsedCitation> Articles(string tag, string title, string revision, string rest)
    {
        var body = rest.Trim().TrimEnd('；', ';').Trim();
        var starts = ArticleAtLineStart().Matches(body).Select(m => m.Index).Where(i => i > 0).ToList();
        starts.Insert(0, 0);
        for (var i = 0; i < starts.Count; i++)
        {
            var piece = body[starts[i]..(i + 1 < starts.Count ? starts[i + 1] : body.Length)].Trim();
            var articles = "";
            var refs = ArticleRefs().Match(piece);
            if (refs.Success)
            {
                articles = refs.Value.Trim().TrimEnd('、', '，', ',', ' ');
                piece = piece[refs.Length..];
            }

            var quote = piece.TrimStart('：', ':', ' ', '　', '\n').Trim();
            if (i > 0 || articles.Length > 0 || quote.Length > 0 || starts.Count == 1)
            {
                yield return new ParsedCitation(tag, title, revision, articles, quote, "");
            }
        }
    }

    /// <summary>An optional 【tag】 (or [tag]) right before a 《title》.</summary>
    [GeneratedRegex(@"(?:【(?<tag>[^】\n]{1,12})】\s*)?《(?<title>[^《》\n]{1,120})》")]
    private static partial Regex TitleStart();

    /// <summary>A parenthesised note right after the title (may span brackets nested one level).</summary>
    [GeneratedRegex(@"^\s*[（(](?<note>(?:[^（）()]|[（(][^（）()]*[）)])*)[）)]")]
    private static partial Regex Revision();

    [GeneratedRegex(@"(法|条例|规定|办法|细则|决定|规则|意见|通知|目录|名录|标准|规范|准则|解释|章程|方案|纲要|制度|公约|命令|令|批复|函)(\s*[（(][^（）()]*[）)])?$")]
    private static partial Regex LawTitle();

    [GeneratedRegex(@"(?:[0-9０-９]+[.、．]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*$")]
    private static partial Regex ListMarker();

    private const string Numeral = "[一二三四五六七八九十百千零〇两0-9０-９]+";

    /// <summary>Article references at the start: 第二十二条第一款、第二项 and lists of them.</summary>
    [GeneratedRegex(@"^(?:(?:第" + Numeral + "[条款项目章节](?:之" + Numeral + ")?|和|及|、|，|,|至|\\s)+)(?<=[条款项目章节" + "一二三四五六七八九十" + "])")]
    private static partial Regex ArticleRefs();

    [GeneratedRegex(@"(?<=\n)\s*第" + Numeral + "[条项]")]
    private static partial Regex ArticleAtLineStart();
}
