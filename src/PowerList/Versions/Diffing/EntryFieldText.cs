using System.Text;
using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// The compared fields of an entry, each rendered as plain text the way a reader sees it (citations with the
/// law's title from the same version's laws.yaml). Two versions of an entry differ in a field exactly when these
/// texts differ. Not compared: code, department and category (moves), <c>public</c> (filtered) and
/// <c>adjustments</c> (they explain changes rather than being one).
/// </summary>
public static class EntryFieldText
{
    public sealed record Field(string Key, string Label, Func<Entry, IReadOnlyDictionary<string, Law>, string> Text);

    public static IReadOnlyList<Field> Fields { get; } =
    [
        new("name", "职权名称", (e, _) => e.Name),
        new("catalogue", "目录编码", (e, _) => e.Catalogue),
        new("sub_items", "子项", (e, laws) => Lines(e.SubItems.Select(s =>
            Join("　", s.Code, s.Name, Citations(s.Basis, laws), s.Notes)))),
        new("basis", "法定依据", (e, laws) => Citations(e.Basis, laws)),
        new("subject", "行使主体", (e, _) => e.Subject),
        new("handler", "承办机构", (e, _) => e.Handler),
        new("levels", "实施层级", (e, _) => Lines(e.Levels.Select(l => Join("：", l.Name, Join("；", l.Scope, l.Subject))))),
        new("duties", "部门职责", (e, _) => e.Duties),
        new("responsibilities", "责任事项", (e, _) => Lines(e.Responsibilities.Select(r =>
            Join("：", r.Stage, Join("　依据：", r.Content, r.Basis))))),
        new("accountable", "追责对象范围", (e, _) => e.Accountable),
        new("accountability", "追责情形", (e, _) => e.Accountability),
        new("process", "运行流程", (e, _) => e.Process is not { } p ? "" : Lines(
            p.Steps.Select(s => Join("：", s.Name, Join("　时限：", s.Description, s.TimeLimit)))
                .Append(p.StatutoryLimit.Length > 0 ? "法定时限：" + p.StatutoryLimit : "")
                .Append(p.PromisedLimit.Length > 0 ? "承诺时限：" + p.PromisedLimit : ""))),
        new("fees", "收费依据和标准", (e, _) => e.Fees is not { } f ? "" :
            Join("；", f.Charged ? "收费" : "不收费", f.Basis, f.Standard)),
        new("supervision", "监督方式", (e, _) => e.Supervision is not { } s ? "" : Join("　电话：", s.Method, s.Phone)),
        new("remedies", "救济渠道", (e, _) => string.Join("、", e.Remedies)),
        new("notes", "备注", (e, _) => e.Notes),
        new("extra", "其他", (e, _) => Lines(e.Extra.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}：{kv.Value}"))),
    ];

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
