using PowerList.Building.Dependencies;
using PowerList.Conformity;
using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// The site's data as one output sees it: the only thing a page model is given. Every accessor notes the identity
/// of what it returns in the output's <see cref="ReadSet"/>, so the build knows, without anyone writing it down,
/// that the page must be rendered again when one of those records or values changes (see docs/architecture.md,
/// "How a rebuild decides what to redo"). Recording costs a list append per read. A model must not keep records it
/// got here for another page, nor reach the data any other way.
/// </summary>
public sealed class SiteView
{
    private readonly SiteData _data;
    private readonly PageFrames _frames;
    private readonly ReadSet _read;

    public SiteView(SiteData data, PageFrames frames, ReadSet read)
    {
        _data = data;
        _frames = frames;
        _read = read;
    }

    /// <summary>The site settings.</summary>
    public SiteInfo Site
    {
        get
        {
            _read.Add(IdentityKind.Site);
            return _data.Index.Site;
        }
    }

    /// <summary>Page frames (title, navigation, canonical URLs): they show the site settings.</summary>
    public PageFrames Frames
    {
        get
        {
            _read.Add(IdentityKind.Site);
            return _frames;
        }
    }

    /// <summary>Every law, in the lists' order.</summary>
    public IReadOnlyList<Law> Laws
    {
        get
        {
            _read.Add(IdentityKind.Laws);
            return _data.Index.Lists.Laws;
        }
    }

    /// <summary>Every category, in order.</summary>
    public IReadOnlyList<Category> Categories
    {
        get
        {
            _read.Add(IdentityKind.Categories);
            return _data.Index.Lists.Categories;
        }
    }

    /// <summary>Every department, in order.</summary>
    public IReadOnlyList<Department> Departments
    {
        get
        {
            _read.Add(IdentityKind.Departments);
            return _data.Index.Lists.Departments;
        }
    }

    /// <summary>How many entries are in force.</summary>
    public int Total
    {
        get
        {
            _read.Add(IdentityKind.Total);
            return _data.Index.Entries.Count;
        }
    }

    /// <summary>Which statutory fields the entries fill.</summary>
    public FieldCoverage Coverage
    {
        get
        {
            _read.Add(IdentityKind.Coverage);
            return _data.Index.Coverage;
        }
    }

    /// <summary>The standard catalogue's title; null without a catalogue.</summary>
    public string? CatalogueTitle
    {
        get
        {
            _read.Add(IdentityKind.Catalogue);
            return _data.Index.Lists.Catalogue?.Title;
        }
    }

    /// <summary>The conformity report against the catalogue; null without one.</summary>
    public ConformityReport? Conformity
    {
        get
        {
            _read.Add(IdentityKind.Conformity);
            return _data.Conformity.Report;
        }
    }

    /// <summary>The public entry (in force or ended) with this code; null when there is none.</summary>
    public Entry? Entry(string code)
    {
        _read.Add(IdentityKind.Entry, code);
        return _data.Index.Lists.PublicByCode.GetValueOrDefault(code);
    }

    /// <summary>The whole entry of a list's member.</summary>
    public Entry Entry(Member member)
    {
        _read.Add(IdentityKind.Entry, member.Code);
        return member.Record;
    }

    public Law? Law(string id)
    {
        _read.Add(IdentityKind.Law, id);
        return _data.Index.Laws.GetValueOrDefault(id);
    }

    public Department? Department(string id)
    {
        _read.Add(IdentityKind.Department, id);
        return _data.Index.Departments.GetValueOrDefault(id);
    }

    public Category? Category(string code)
    {
        _read.Add(IdentityKind.Category, code);
        return _data.Index.Categories.GetValueOrDefault(code);
    }

    /// <summary>The category's name; its code when there is no such category.</summary>
    public string CategoryName(string code)
    {
        _read.Add(IdentityKind.CategoryName, code);
        return _data.Index.CategoryName(code);
    }

    /// <summary>The department's name; its id when there is no such department.</summary>
    public string DepartmentName(string id)
    {
        _read.Add(IdentityKind.DepartmentName, id);
        return _data.Index.DepartmentName(id);
    }

    /// <summary>Whether an entry with this code is published (has a page).</summary>
    public bool IsPublished(string code)
    {
        _read.Add(IdentityKind.Published, code);
        return _data.Index.IsPublished(code);
    }

    /// <summary>A category's entries, by department order then code.</summary>
    public IReadOnlyList<Member> InCategory(string code) => List(IdentityKind.InCategory, code);

    /// <summary>A department's entries, by category order then code.</summary>
    public IReadOnlyList<Member> InDepartment(string id) => List(IdentityKind.InDepartment, id);

    /// <summary>The entries whose basis (or a sub-item's) cites the law, in reading order.</summary>
    public IReadOnlyList<Member> Citing(string lawId) => List(IdentityKind.Citing, lawId);

    public int CountInCategory(string code)
    {
        _read.Add(IdentityKind.CountInCategory, code);
        return _data.Index.InCategory(code).Count;
    }

    public int CountInDepartment(string id)
    {
        _read.Add(IdentityKind.CountInDepartment, id);
        return _data.Index.InDepartment(id).Count;
    }

    public int CountCiting(string lawId)
    {
        _read.Add(IdentityKind.CountCiting, lawId);
        return _data.Index.Citing(lawId).Count;
    }

    /// <summary>The <paramref name="count"/> latest changes, most recent first, each with its entry in full.</summary>
    public IReadOnlyList<(Entry Entry, Adjustment Latest)> LatestChanges(int count)
    {
        _read.Add(IdentityKind.LatestChanges, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return _data.LatestChanges(count);
    }

    /// <summary>
    /// A pure function of what this view gave out, computed once per build and shared by the outputs that ask with the
    /// same <paramref name="key"/> (such as a long list's table of contents, which each of its pages shows). Records
    /// nothing: the output has recorded the reads the value is made of.
    /// </summary>
    public T Memo<T>(object key, Func<T> compute)
        where T : class => _data.Memo(key, compute);

    private Member[] List(IdentityKind kind, string key)
    {
        var identity = new Identity(kind, key);
        _read.Add(identity);
        return _data.Members(identity);
    }
}
