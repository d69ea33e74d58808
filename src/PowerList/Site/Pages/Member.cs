using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// One entry of a list the site's view gives out (a category's, a department's, a law's citing entries): only what
/// places it in the list — its code, category and department, which the list's identity hashes. To show more of the
/// entry, read it through the view (<see cref="SiteView.Entry(Member)"/>), which records the read.
/// </summary>
public readonly struct Member
{
    private readonly Entry _entry;

    internal Member(Entry entry) => _entry = entry;

    public string Code => _entry.Code;

    public string Category => _entry.Category;

    public string Department => _entry.Department;

    /// <summary>The whole entry, for <see cref="SiteView"/> alone (it records the read).</summary>
    internal Entry Record => _entry;
}
