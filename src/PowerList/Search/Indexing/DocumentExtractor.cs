using System.Text;
using PowerList.Model;

namespace PowerList.Search.Indexing;

/// <summary>Turns the public entries of a list set into <see cref="SearchDocument"/>s, sorted by code (ordinal): the doc id order.</summary>
public static class DocumentExtractor
{
    public sealed record Extracted(
        IReadOnlyList<SearchDocument> Documents,
        IReadOnlyList<Department> Departments,
        IReadOnlyList<Category> Categories,
        IReadOnlyList<string> Levels);

    public static Extracted Extract(ListSet lists)
    {
        var entries = lists.PublicEntries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        var departments = lists.Departments.ToList();
        foreach (var id in entries.Select(e => e.Department).Distinct().Where(id => departments.All(d => d.Id != id)).Order(StringComparer.Ordinal))
        {
            departments.Add(new Department { Id = id, Name = id });
        }

        var categories = lists.Categories.ToList();
        foreach (var code in entries.Select(e => e.Category).Distinct().Where(c => categories.All(x => x.Code != c)).Order(StringComparer.Ordinal))
        {
            categories.Add(new Category { Code = code, Name = code });
        }

        var levels = entries.SelectMany(e => e.Levels).Select(l => l.Name).Where(n => n.Length > 0)
            .Distinct().Order(StringComparer.Ordinal).Take(30).ToList();
        var laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var docs = entries.Select(e => Document(e, departments, categories, levels, laws)).ToList();
        return new Extracted(docs, departments, categories, levels);
    }

    private static SearchDocument Document(
        Entry entry, List<Department> departments, List<Category> categories, List<string> levels, Dictionary<string, Law> laws)
    {
        var department = departments.FindIndex(d => d.Id == entry.Department);
        var category = categories.FindIndex(c => c.Code == entry.Category);
        var mask = 0;
        foreach (var level in entry.Levels)
        {
            var i = levels.IndexOf(level.Name);
            if (i >= 0)
            {
                mask |= 1 << i;
            }
        }

        var citations = entry.Basis.Concat(entry.SubItems.SelectMany(s => s.Basis)).ToList();
        var lawText = new StringBuilder();
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            if (citation.IsStructured && laws.TryGetValue(citation.Law, out var law))
            {
                lawText.AppendLine(law.Title);
                foreach (var alias in law.Aliases)
                {
                    lawText.AppendLine(alias);
                }
            }

            if (citation.Text.Length > 0)
            {
                lawText.AppendLine(citation.Text);
            }

            text.AppendLine(citation.Quote);
        }

        foreach (var adjustment in entry.Adjustments)
        {
            lawText.AppendLine(adjustment.Document);
        }

        text.AppendLine(entry.Duties);
        foreach (var responsibility in entry.Responsibilities)
        {
            text.AppendLine(responsibility.Content);
        }

        text.AppendLine(entry.Accountable).AppendLine(entry.Accountability);
        foreach (var level in entry.Levels)
        {
            text.AppendLine(level.Scope);
        }

        text.AppendLine(entry.Notes);
        var subject = string.Join('\n', new[]
        {
            entry.Subject, entry.Handler,
            department >= 0 ? departments[department].Name : "",
            category >= 0 ? categories[category].Name : "",
        }.Concat(entry.Levels.Select(l => l.Subject)));
        var longText = text.ToString();
        if (longText.Length > IndexSettings.MaxTextChars)
        {
            longText = longText[..IndexSettings.MaxTextChars];
        }

        var codes = new List<string> { entry.Code };
        codes.AddRange(entry.SubItems.Select(s => s.Code).Where(c => c.Length > 0));
        var subItems = string.Join('\n', entry.SubItems.Select(s => s.Name));
        string[] fields = [entry.Name, subItems, string.Join('\n', codes), lawText.ToString(), subject, longText];
        return new SearchDocument(entry.Code, entry.Name, department, category, mask, Snippet(entry, laws), fields, codes);
    }

    private static string Snippet(Entry entry, Dictionary<string, Law> laws)
    {
        var source = entry.SubItems.Length > 0
            ? string.Join("；", entry.SubItems.Select(s => s.Name))
            : string.Join("；", entry.Basis.Select(c => c.IsStructured && laws.TryGetValue(c.Law, out var law)
                ? $"《{law.Title}》{c.Articles}"
                : c.Text).Where(s => s.Length > 0));
        if (source.Length == 0)
        {
            source = entry.Subject;
        }

        source = string.Join(' ', source.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return source.Length > IndexSettings.SnippetChars ? source[..IndexSettings.SnippetChars] + "…" : source;
    }
}
