using System.Text;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// The compared fields of an entry, each rendered as plain text the way a reader sees it (citations with the
/// law's title from the same version's laws.yaml). Two versions of an entry differ in a field exactly when these
/// texts differ. Not compared: code, department and category (moves), <c>public</c> (filtered) and
/// <c>adjustments</c> (they explain changes rather than being one). The fields, labels and order are the entry's field
/// table's; a plain text field needs nothing here.
/// </summary>
public static class EntryFieldText
{
    public sealed record Field(string Key, string Label, Func<Entry, IReadOnlyDictionary<string, Law>, string> Text);

    /// <summary>The compared fields of the entry's field table (<see cref="FieldSpec.Compared"/>), in its order.</summary>
    public static IReadOnlyList<Field> Fields { get; } =
        [.. EntryFields.Entry.Fields.Where(f => f.Compared).Select(f => new Field(f.Key, f.DiffLabel ?? f.Title, TextOf(f)))];

    /// <summary>How a reader sees a field: texts as they are, lists joined, the nested records as written below.</summary>
    private static Func<Entry, IReadOnlyDictionary<string, Law>, string> TextOf(FieldSpec f) => f.Key switch
    {
        "sub_items" => (e, laws) => Lines(e.SubItems.Select(s => Join("　", s.Code, s.Name, Citations(s.Basis, laws), s.Notes))),
        "basis" => (e, laws) => Citations(e.Basis, laws),
        "levels" => (e, _) => Lines(e.Levels.Select(l => Join("：", l.Name, Join("；", l.Scope, l.Subject)))),
        "responsibilities" => (e, _) => Lines(e.Responsibilities.Select(r => Join("：", r.Stage, Join("　依据：", r.Content, r.Basis)))),
        "process" => (e, _) => e.Process is not { } p ? "" : Lines(
            p.Steps.Select(s => Join("：", s.Name, Join("　时限：", s.Description, s.TimeLimit)))
                .Concat(EntryFields.Process.Fields.Where(t => t.Kind == FieldKind.Text)
                    .Select(t => t.Text(p) is { Length: > 0 } v ? t.Title + "：" + v : ""))),
        "fees" => (e, _) => e.Fees is not { } fees ? "" : Join("；", fees.Charged ? "收费" : "不收费", fees.Basis, fees.Standard),
        "supervision" => (e, _) => e.Supervision is not { } s ? "" : Join("　电话：", s.Method, s.Phone),
        _ => f.Kind switch
        {
            FieldKind.Text => (e, _) => f.Text(e),
            FieldKind.TextList => (e, _) => string.Join("、", f.Texts(e)),
            FieldKind.TextMap => (e, _) => Lines(f.Map(e).Select(kv => $"{kv.Key}：{kv.Value}")),
            _ => throw new InvalidOperationException($"The diff has no text for {f.Key}: give it one here or mark it Compared = false."),
        },
    };

    public static string Citation(Citation c, IReadOnlyDictionary<string, Law> laws)
    {
        if (!c.IsStructured)
        {
            return c.Text;
        }

        var title = laws.TryGetValue(c.Law, out var law) && law.Title.Length > 0 ? law.Title : c.Law;
        var head = "《" + title + "》" + c.Articles;
        return c.Quote.Length > 0 ? head + "：" + c.Quote : head;
    }

    private static string Citations(IEnumerable<Citation> basis, IReadOnlyDictionary<string, Law> laws) =>
        Lines(basis.Select(c => Citation(c, laws)));

    private static string Lines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    private static string Join(string separator, params string[] parts) =>
        string.Join(separator, parts.Where(p => p.Length > 0));
}
