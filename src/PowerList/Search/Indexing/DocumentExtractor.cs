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

    /// <param name="memory">
    /// Documents of a previous extraction in this process (<c>serve</c>), reused for the same entry objects when the
    /// departments, categories, levels and laws are the same; updated with this extraction's. Null: none kept.
    /// </param>
    public static Extracted Extract(ListSet lists, ExtractionMemory? memory = null)
    {
        var publicEntries = lists.PublicEntries;
        Entry[] entries;
        if (memory is not null)
        {
            entries = memory.Sort(publicEntries);
        }
        else
        {
            var order = OrderByCode([.. publicEntries.Select(e => e.Code)]);
            entries = [.. order.Select(i => publicEntries[i])];
        }

        // Ids and codes the entries use that their files do not declare are listed after the declared ones, sorted.
        var departments = lists.Departments.ToList();
        var categories = lists.Categories.ToList();
        var levelNames = new HashSet<string>(StringComparer.Ordinal);
        var departmentIds = new HashSet<string>(departments.Select(d => d.Id), StringComparer.Ordinal);
        var categoryCodes = new HashSet<string>(categories.Select(c => c.Code), StringComparer.Ordinal);
        var extraDepartments = new SortedSet<string>(StringComparer.Ordinal);
        var extraCategories = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!departmentIds.Contains(entry.Department))
            {
                extraDepartments.Add(entry.Department);
            }

            if (!categoryCodes.Contains(entry.Category))
            {
                extraCategories.Add(entry.Category);
            }

            foreach (var level in entry.Levels)
            {
                if (level.Name.Length > 0)
                {
                    levelNames.Add(level.Name);
                }
            }
        }

        departments.AddRange(extraDepartments.Select(id => new Department { Id = id, Name = id }));
        categories.AddRange(extraCategories.Select(code => new Category { Code = code, Name = code }));
        var levels = levelNames.Order(StringComparer.Ordinal).Take(30).ToList();
        var laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var departmentIndex = FirstIndex(departments.Select(d => d.Id));
        var categoryIndex = FirstIndex(categories.Select(c => c.Code));
        if (memory is null)
        {
            return new Extracted(entries.Select(e => Document(e, departments, categories, levels, laws, departmentIndex, categoryIndex)).ToList(), departments, categories, levels);
        }

        var reuse = memory.Matches(lists.Laws, departments, categories, levels);
        var docs = new SearchDocument[entries.Length];
        Parallel.For(0, entries.Length, i =>
        {
            var entry = entries[i];
            docs[i] = reuse && memory.TryGet(entry, i, out var known)
                ? known
                : Document(entry, departments, categories, levels, laws, departmentIndex, categoryIndex);
        });
        memory.Remember(lists.Laws, departments, categories, levels, entries, docs);
        return new Extracted(docs, departments, categories, levels);
    }

    /// <summary>The places of <paramref name="codes"/> in ordinal order of the codes, equal codes in their order (a stable sort).</summary>
    internal static int[] OrderByCode(string[] codes)
    {
        var order = new int[codes.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sorted = true;
        for (var i = 1; i < codes.Length && sorted; i++)
        {
            sorted = string.CompareOrdinal(codes[i - 1], codes[i]) <= 0;
        }

        if (!sorted)
        {
            Array.Sort(order, (a, b) =>
            {
                var c = string.CompareOrdinal(codes[a], codes[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
        }

        return order;
    }

    private static SearchDocument Document(
        Entry entry,
        List<Department> departments,
        List<Category> categories,
        List<string> levels,
        Dictionary<string, Law> laws,
        Dictionary<string, int> departmentIndex,
        Dictionary<string, int> categoryIndex)
    {
        var department = departmentIndex.GetValueOrDefault(entry.Department, -1);
        var category = categoryIndex.GetValueOrDefault(entry.Category, -1);
        var mask = 0;
        foreach (var level in entry.Levels)
        {
            var i = levels.IndexOf(level.Name);
            if (i >= 0)
            {
                mask |= 1 << i;
            }
        }

        var fields = new EntryFields(
            entry, department >= 0 ? departments[department].Name : "", category >= 0 ? categories[category].Name : "", laws);
        var status = entry.Ended is null ? 0 : EntryStatus.IndexOf(EntryStatus.Of(entry));
        return new SearchDocument(
            entry.Code, entry.Name, department, category, mask, Snippet(entry, laws), fields, EntryFields.Codes(entry), status,
            WebUrl(entry.GuideUrl), WebUrl(entry.OnlineUrl));
    }

    /// <summary>A 一张网 link as the entry page shows it: only an absolute http(s) URL (PL0316 reports the others).</summary>
    private static string WebUrl(string url) => Validation.Rules.ContactRule.IsWebUrl(url) ? url : "";

    /// <summary>Key → index of its first occurrence (as <c>List.FindIndex</c>).</summary>
    private static Dictionary<string, int> FirstIndex(IEnumerable<string> keys)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var key in keys)
        {
            index.TryAdd(key, i++);
        }

        return index;
    }

    /// <summary>
    /// The snippet source of the document store: segments <c>label：text</c>, one a line, each cut to
    /// <see cref="IndexSettings.SnippetChars"/> characters: 子项 (the sub-item names), 依据 (one for each of the first
    /// <see cref="IndexSettings.SnippetBases"/> bases: the law's title, the articles and the quote, or the free text); the
    /// subject when there is neither. The query picks the segment and
    /// the window shown (<see cref="Querying.Snippet"/>).
    /// </summary>
    private static string Snippet(Entry entry, Dictionary<string, Law> laws)
    {
        var segments = new List<string>();
        void Add(string label, string text)
        {
            text = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0)
            {
                segments.Add(label + "：" + (text.Length > IndexSettings.SnippetChars ? text[..IndexSettings.SnippetChars] + "…" : text));
            }
        }

        Add("子项", string.Join("；", entry.SubItems.Select(s => s.Name)));
        foreach (var c in entry.Basis.Take(IndexSettings.SnippetBases))
        {
            Add("依据", c.IsStructured && laws.TryGetValue(c.Law, out var law)
                ? $"《{law.Title}》{c.Articles}{(c.Quote.Length > 0 ? "：" + c.Quote : "")}"
                : c.Text);
        }

        if (segments.Count == 0)
        {
            Add("行使主体", entry.Subject);
        }

        return string.Join('\n', segments);
    }
}
