using System.Text;
using PowerList.Model;

namespace PowerList.Search.Indexing;

/// <summary>
/// The text of each <see cref="SearchField"/> of one entry, built from the entry each time it is read and never kept:
/// at 100,000 entries the joined texts would hold hundreds of megabytes for the whole index build.
/// </summary>
internal sealed class EntryFields(Entry entry, string departmentName, string categoryName, IReadOnlyDictionary<string, Law> laws) : IReadOnlyList<string>
{
    private const int FieldCount = 6;

    public int Count => FieldCount;

    public string this[int index] => (SearchField)index switch
    {
        SearchField.Name => entry.Name,
        SearchField.SubItems => string.Join('\n', entry.SubItems.Select(s => s.Name)),
        SearchField.Code => string.Join('\n', Codes(entry)),
        SearchField.Laws => LawText(),
        SearchField.Subject => string.Join('\n', new[] { entry.Subject, entry.Handler, departmentName, categoryName }.Concat(entry.Levels.Select(l => l.Subject))),
        SearchField.Text => LongText(),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>The entry's code and its sub-items' codes.</summary>
    public static List<string> Codes(Entry entry)
    {
        var codes = new List<string> { entry.Code };
        codes.AddRange(entry.SubItems.Select(s => s.Code).Where(c => c.Length > 0));
        return codes;
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var f = 0; f < FieldCount; f++)
        {
            yield return this[f];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<Citation> Citations() => entry.Basis.Concat(entry.SubItems.SelectMany(s => s.Basis));

    private string LawText()
    {
        var lawText = new StringBuilder();
        foreach (var citation in Citations())
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
        }

        foreach (var adjustment in entry.Adjustments)
        {
            lawText.AppendLine(adjustment.Document);
        }

        return lawText.ToString();
    }

    private string LongText()
    {
        var text = new StringBuilder();
        foreach (var citation in Citations())
        {
            text.AppendLine(citation.Quote);
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
        return text.Length > IndexSettings.MaxTextChars ? text.ToString(0, IndexSettings.MaxTextChars) : text.ToString();
    }
}
