using PowerList.Model;

namespace PowerList.Writing;

/// <summary>Canonical YAML of site.yaml, categories.yaml, departments.yaml and laws.yaml.</summary>
public static class TopLevelYaml
{
    public static string Site(SiteInfo site)
    {
        var w = new YamlWriter().Comment(ListYaml.SchemaLine("site"));
        Opt(w, 0, "jurisdiction", site.Jurisdiction);
        Opt(w, 0, "division_code", site.DivisionCode);
        Opt(w, 0, "level", site.Level);
        Opt(w, 0, "parent", site.Parent);
        Opt(w, 0, "title", site.Title);
        Opt(w, 0, "base_url", site.BaseUrl);
        Opt(w, 0, "supervision_phone", site.SupervisionPhone);
        Opt(w, 0, "complaint_phone", site.ComplaintPhone);
        Opt(w, 0, "address", site.Address);
        Opt(w, 0, "office_hours", site.OfficeHours);
        Opt(w, 0, "website", site.Website);
        Opt(w, 0, "feedback", site.Feedback);
        if (!site.DefaultRemedies.IsDefaultOrEmpty)
        {
            w.List(0, "default_remedies", site.DefaultRemedies);
        }

        Opt(w, 0, "description", site.Description);
        return w.ToString();
    }

    /// <summary><c>catalogue.yaml</c>: the standard catalogue, items in their order.</summary>
    public static string Catalogue(Catalogue catalogue)
    {
        var w = new YamlWriter().Comment(ListYaml.SchemaLine("catalogue"));
        w.Scalar(0, "title", catalogue.Title).Key(0, "items");
        foreach (var item in catalogue.Items)
        {
            w.Scalar(4, "code", item.Code, "- ").Scalar(4, "name", item.Name).Scalar(4, "category", item.Category);
            if (!item.Levels.IsDefaultOrEmpty)
            {
                w.List(4, "levels", item.Levels);
            }

            Opt(w, 4, "basis", item.Basis);
        }

        return w.ToString();
    }

    public static string Categories(IEnumerable<Category> categories)
    {
        var w = new YamlWriter().Comment(ListYaml.SchemaLine("categories")).Key(0, "categories");
        foreach (var c in categories)
        {
            w.Scalar(4, "code", c.Code, "- ").Scalar(4, "name", c.Name).Int(4, "order", c.Order);
            Opt(w, 4, "description", c.Description);
        }

        return w.ToString();
    }

    public static string Departments(IEnumerable<Department> departments)
    {
        var w = new YamlWriter().Comment(ListYaml.SchemaLine("departments")).Key(0, "departments");
        foreach (var d in departments)
        {
            w.Scalar(4, "id", d.Id, "- ").Scalar(4, "name", d.Name);
            Opt(w, 4, "short_name", d.ShortName);
            Opt(w, 4, "kind", d.Kind);
            Opt(w, 4, "address", d.Address);
            Opt(w, 4, "phone", d.Phone);
            Opt(w, 4, "website", d.Website);
            Opt(w, 4, "supervision_phone", d.SupervisionPhone);
            Opt(w, 4, "complaint_phone", d.ComplaintPhone);
            Opt(w, 4, "office_hours", d.OfficeHours);
            Opt(w, 4, "feedback", d.Feedback);
            w.Int(4, "order", d.Order);
        }

        return w.ToString();
    }

    public static string Laws(IEnumerable<Law> laws)
    {
        var w = new YamlWriter().Comment(ListYaml.SchemaLine("laws")).Key(0, "laws");
        foreach (var l in laws)
        {
            w.Scalar(4, "id", l.Id, "- ").Scalar(4, "title", l.Title);
            if (!l.Aliases.IsDefaultOrEmpty)
            {
                w.List(4, "aliases", l.Aliases);
            }

            Opt(w, 4, "level", l.Level);
            Opt(w, 4, "issuer", l.Issuer);
            Opt(w, 4, "promulgated", l.Promulgated);
            Opt(w, 4, "effective", l.Effective);
            Opt(w, 4, "revision", l.Revision);
            Opt(w, 4, "status", l.Status);
            Opt(w, 4, "replaced_by", l.ReplacedBy);
        }

        return w.ToString();
    }

    private static void Opt(YamlWriter w, int indent, string key, string value)
    {
        if (value.Length > 0)
        {
            w.Scalar(indent, key, value);
        }
    }
}
