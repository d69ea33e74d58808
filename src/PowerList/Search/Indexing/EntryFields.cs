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

    /// <summary>
    /// Whether <paramref name="other"/> reads the same entry object with the same department and category names, so
    /// gives the same texts as long as the laws are the same (which the caller checks).
    /// </summary>
    public bool SameSource(EntryFields other) =>
        ReferenceEquals(entry, other.Entry) && departmentName == other.DepartmentName && categoryName == other.CategoryName;

    /// <summary>
    /// As <see cref="SameSource"/>, for entries that may be other objects with the same content: a list file read
    /// again after one of its entries was edited gives new objects for all of them. Compared by content hash
    /// (<see cref="Building.ModelHash"/>: every field, not where it stands in the file), far cheaper than
    /// analysing both texts.
    /// </summary>
    public bool SameContent(EntryFields other) =>
        departmentName == other.DepartmentName && categoryName == other.CategoryName
        && (ReferenceEquals(entry, other.Entry) || Building.ModelHash.Of(entry) == Building.ModelHash.Of(other.Entry));

    private Entry Entry => entry;

    private string DepartmentName => departmentName;

    private string CategoryName => categoryName;

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

    /// <summary>
    /// Sends the index tokens of field <paramref name="field"/> to <paramref name="sink"/> without building its text:
    /// the parts of a field are joined by line breaks, which no token crosses, so the tokens of the field are those of
    /// its parts (the long text stops after <see cref="IndexSettings.MaxTextChars"/> characters, as the built one).
    /// Returns the number of tokens.
    /// </summary>
    public int Scan<TSink>(int field, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var count = 0;
        switch ((SearchField)field)
        {
            case SearchField.Name:
                return TokenScanner.Scan(entry.Name, ref sink);
            case SearchField.SubItems:
                foreach (var subItem in entry.SubItems)
                {
                    count += TokenScanner.Scan(subItem.Name, ref sink);
                }

                return count;
            case SearchField.Code:
                foreach (var code in Codes(entry))
                {
                    count += TokenScanner.Scan(code, ref sink);
                }

                return count;
            case SearchField.Subject:
                count = TokenScanner.Scan(entry.Subject, ref sink) + TokenScanner.Scan(entry.Handler, ref sink)
                    + TokenScanner.Scan(departmentName, ref sink) + TokenScanner.Scan(categoryName, ref sink);
                foreach (var level in entry.Levels)
                {
                    count += TokenScanner.Scan(level.Subject, ref sink);
                }

                return count;
            case SearchField.Laws:
                return ScanLaws(ref sink);
            case SearchField.Text:
                return ScanText(ref sink);
            default:
                throw new ArgumentOutOfRangeException(nameof(field));
        }
    }

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

    private int ScanLaws<TSink>(ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var count = 0;
        foreach (var citation in Citations())
        {
            if (citation.IsStructured && laws.TryGetValue(citation.Law, out var law))
            {
                count += TokenScanner.Scan(law.Title, ref sink);
                foreach (var alias in law.Aliases)
                {
                    count += TokenScanner.Scan(alias, ref sink);
                }
            }

            count += TokenScanner.Scan(citation.Articles, ref sink) + TokenScanner.Scan(citation.Text, ref sink);
        }

        foreach (var adjustment in entry.Adjustments)
        {
            count += TokenScanner.Scan(adjustment.Document, ref sink);
        }

        return count;
    }

    /// <summary>The tokens of <see cref="LongText"/>, line by line, up to the same character budget.</summary>
    private int ScanText<TSink>(ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var budget = IndexSettings.MaxTextChars;
        var count = 0;
        foreach (var citation in Citations())
        {
            count += Line(citation.Quote, ref budget, ref sink);
        }

        count += Line(entry.Duties, ref budget, ref sink);
        foreach (var responsibility in entry.Responsibilities)
        {
            count += Line(responsibility.Content, ref budget, ref sink) + Line(responsibility.Basis, ref budget, ref sink);
        }

        count += Line(entry.Accountable, ref budget, ref sink) + Line(entry.Accountability, ref budget, ref sink);
        foreach (var level in entry.Levels)
        {
            count += Line(level.Scope, ref budget, ref sink);
        }

        return count + Line(entry.Notes, ref budget, ref sink);
    }

    /// <summary>One appended line of the long text: its characters that fit in <paramref name="budget"/>, then the line break.</summary>
    private static int Line<TSink>(string line, ref int budget, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        if (budget <= 0)
        {
            return 0;
        }

        var count = TokenScanner.Scan(line.AsSpan(0, Math.Min(line.Length, budget)), ref sink);
        budget -= line.Length + Environment.NewLine.Length;
        return count;
    }

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

            if (citation.Articles.Length > 0)
            {
                lawText.AppendLine(citation.Articles);
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
            text.AppendLine(responsibility.Content).AppendLine(responsibility.Basis);
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
