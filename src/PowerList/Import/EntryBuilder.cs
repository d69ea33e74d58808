using System.Collections.Immutable;
using PowerList.Format;
using PowerList.Model;
using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>Turns a merged <see cref="EntryDraft"/> into a model <see cref="Entry"/>; citations go through the law registry.</summary>
internal static class EntryBuilder
{
    private static readonly string[] NoFee = ["不收费", "无", "否", "免费", "不收取费用", "无收费", "不涉及"];

    public static Entry Build(EntryDraft draft, string department, LawRegistry laws)
    {
        string F(ColumnKind kind) => draft.Fields.GetValueOrDefault(kind, "");

        var statutory = F(ColumnKind.StatutoryLimit);
        var promised = F(ColumnKind.PromisedLimit);
        var fees = F(ColumnKind.Fees);
        var method = F(ColumnKind.SupervisionMethod);
        var phone = F(ColumnKind.SupervisionPhone);
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in draft.Extra)
        {
            extra[k] = v;
        }

        // 一张网 links: a cell that is not an http(s) URL is kept under its column title, never dropped.
        string Link(ColumnKind kind, string title)
        {
            var value = F(kind).Trim();
            if (value.Length == 0 || Validation.Rules.ContactRule.IsWebUrl(value))
            {
                return value;
            }

            extra[title] = value;
            return "";
        }

        var guide = Link(ColumnKind.GuideUrl, "办事指南");
        var online = Link(ColumnKind.OnlineUrl, "在线办理");
        var code = TextCleaner.CleanCode(F(ColumnKind.Code));
        if (code.Length > 0 && !CodeScheme.IsValid(code))
        {
            extra[ListUpdater.OriginalCode] = F(ColumnKind.Code);
            code = "";
        }

        var catalogue = TextCleaner.CleanCode(F(ColumnKind.CatalogueCode));
        if (catalogue.Length > 0 && !CodeScheme.IsValid(catalogue))
        {
            extra["目录编码"] = F(ColumnKind.CatalogueCode);
            catalogue = "";
        }

        var entry = new Entry
        {
            Code = code,
            Name = draft.Name,
            Catalogue = catalogue,
            Department = department,
            Category = draft.Category,
            SubItems = [.. draft.SubItems.Select(s => SubItemOf(s, laws))],
            Basis = Citations(draft.BasisTexts, laws),
            Subject = draft.Subject,
            Levels = [.. draft.Levels.Select(l => new Level { Name = l.Name, Scope = l.Scope, Subject = l.Subject })],
            Responsibilities = [.. draft.Responsibilities.SelectMany(r => ResponsibilityParser.Parse(r.Content, r.Basis))
                .DistinctBy(r => (r.Stage, r.Content, r.Basis))],
            Process = statutory.Length > 0 || promised.Length > 0 ? new ProcessInfo { StatutoryLimit = statutory, PromisedLimit = promised } : null,
            Fees = fees.Length == 0 ? null : NoFee.Contains(fees) ? new Fees { Charged = false } : new Fees { Charged = true, Standard = fees },
            Supervision = method.Length > 0 || phone.Length > 0 ? new Supervision { Method = method, Phone = phone } : null,
            Remedies = SplitList(F(ColumnKind.Remedies)),
            GuideUrl = guide,
            OnlineUrl = online,
            Public = PublicValues.IsPublic(F(ColumnKind.Public)),
            Extra = extra.ToImmutable(),
        };
        return EntryFields.Entry.Bind(new PlainFieldReader(draft.Fields), entry);
    }

    private static SubItem SubItemOf(SubItemDraft s, LawRegistry laws)
    {
        var code = TextCleaner.CleanCode(s.Code);
        var notes = s.Notes.ToList();
        if (code.Length > 0 && !CodeScheme.IsValid(code))
        {
            notes.Add($"{ListUpdater.OriginalCode}：{s.Code}");
            code = "";
        }

        return new SubItem { Code = code, Name = s.Name, Basis = Citations(s.BasisTexts, laws), Notes = string.Join("\n\n", notes) };
    }

    public static ImmutableArray<Citation> Citations(IEnumerable<string> texts, LawRegistry laws)
    {
        var result = ImmutableArray.CreateBuilder<Citation>();
        foreach (var text in texts)
        {
            foreach (var c in CitationParser.Parse(text))
            {
                result.Add(c.IsStructured
                    ? new Citation { Law = laws.Register(c.Tag, c.Title, c.Revision), Articles = c.Articles, Quote = c.Quote }
                    : new Citation { Text = c.Text });
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> SplitList(string text) =>
        [.. text.Split(['、', '，', ',', '；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
}
