using PowerList.Versions.Diffing;

namespace PowerList.Versions.Formatting;

/// <summary>Department and category names for a comparison: the newer version's, else the older one's, else the id.</summary>
public sealed class DiffNames
{
    private readonly Dictionary<string, string> _departments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _categories = new(StringComparer.Ordinal);

    public DiffNames(ListDiff diff)
    {
        foreach (var lists in new[] { diff.To.Lists, diff.From.Lists })
        {
            foreach (var d in lists.Departments)
            {
                _departments.TryAdd(d.Id, d.Name);
            }

            foreach (var c in lists.Categories)
            {
                _categories.TryAdd(c.Code, c.Name);
            }
        }
    }

    public string Department(string id) => _departments.TryGetValue(id, out var n) && n.Length > 0 ? n : id;

    public string Category(string code) => _categories.TryGetValue(code, out var n) && n.Length > 0 ? n : code;
}
