using PowerList.Format;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>
/// Builds model records from checked mappings, reading only keys of their shape: the top-level records one method each,
/// an entry and its nested records through their field table (<see cref="EntryFields"/>).
/// </summary>
public static class ModelBinder
{
    public static SiteInfo Site(MappingView v) => new()
    {
        Jurisdiction = v.Text("jurisdiction"),
        DivisionCode = v.Text("division_code"),
        Level = v.Text("level"),
        Parent = v.Text("parent"),
        Title = v.Text("title"),
        BaseUrl = v.Text("base_url"),
        SupervisionPhone = v.Text("supervision_phone"),
        ComplaintPhone = v.Text("complaint_phone"),
        Address = v.Text("address"),
        OfficeHours = v.Text("office_hours"),
        Website = v.Text("website"),
        Feedback = v.Text("feedback"),
        DefaultRemedies = v.TextList("default_remedies"),
        Description = v.Text("description"),
        Source = v.Source,
    };

    public static Category Category(MappingView v) => new()
    {
        Code = v.Text("code"),
        Name = v.Text("name"),
        Order = v.Integer("order"),
        Description = v.Text("description"),
        Source = v.Source,
    };

    public static Department Department(MappingView v) => new()
    {
        Id = v.Text("id"),
        Name = v.Text("name"),
        ShortName = v.Text("short_name"),
        Kind = v.Text("kind"),
        Address = v.Text("address"),
        Phone = v.Text("phone"),
        Website = v.Text("website"),
        SupervisionPhone = v.Text("supervision_phone"),
        ComplaintPhone = v.Text("complaint_phone"),
        OfficeHours = v.Text("office_hours"),
        Feedback = v.Text("feedback"),
        Order = v.Integer("order"),
        Source = v.Source,
    };

    public static Law Law(MappingView v) => new()
    {
        Id = v.Text("id"),
        Title = v.Text("title"),
        Aliases = v.TextList("aliases"),
        Level = v.Text("level"),
        Issuer = v.Text("issuer"),
        Promulgated = v.Text("promulgated"),
        Effective = v.Text("effective"),
        Revision = v.Text("revision"),
        Status = v.Text("status"),
        ReplacedBy = v.Text("replaced_by"),
        Source = v.Source,
    };

    public static Synonym Synonym(MappingView v) => new()
    {
        Term = v.Text("term"),
        Expansions = v.TextList("expansions"),
        Source = v.Source,
    };

    public static CatalogueItem CatalogueItem(MappingView v) => new()
    {
        Code = v.Text("code"),
        Name = v.Text("name"),
        Category = v.Text("category"),
        Levels = v.TextList("levels"),
        Basis = v.Text("basis"),
        Source = v.Source,
    };

    public static Catalogue Catalogue(MappingView v) => new()
    {
        Title = v.Text("title"),
        Items = v.Objects("items", CatalogueItem),
        Source = v.Source,
    };

    /// <summary>An entry, bound by its field table (<see cref="EntryFields.Entry"/>); department and category come from the file's place, not from its content.</summary>
    public static Entry Entry(MappingView v, string department, string category) =>
        EntryFields.Entry.Bind(v, new Entry { Department = department, Category = category, Source = v.Source });

    /// <summary>A list file at <paramref name="path"/>, whose place names the department and category.</summary>
    public static ListFile ListFile(MappingView v, string path, string department, string category) => new()
    {
        Path = path,
        Department = v.Text("department"),
        Category = v.Text("category"),
        Entries = v.Objects("entries", e => Entry(e, department, category)),
        Source = v.Source,
    };

    /// <summary>The shape each model record is read with (for the validator's titles).</summary>
    public static Shape ShapeOf(Sourced record) => record switch
    {
        SiteInfo => ListFormat.Site,
        Model.Category => ListFormat.Category,
        Model.Department => ListFormat.Department,
        Model.Law => ListFormat.Law,
        Model.Synonym => ListFormat.Synonym,
        Model.CatalogueItem => ListFormat.CatalogueItem,
        Model.Catalogue => ListFormat.CatalogueFile,
        Model.Citation => ListFormat.Citation,
        Model.SubItem => ListFormat.SubItem,
        Model.Level => ListFormat.Level,
        Model.Responsibility => ListFormat.Responsibility,
        Model.ProcessStep => ListFormat.ProcessStep,
        ProcessInfo => ListFormat.Process,
        Model.Fees => ListFormat.Fees,
        Model.Supervision => ListFormat.Supervision,
        Model.Adjustment => ListFormat.Adjustment,
        Model.Ending => ListFormat.Ending,
        Model.Entry => ListFormat.Entry,
        Model.ListFile => ListFormat.ListFile,
        _ => throw new ArgumentException($"No shape for {record.GetType().Name}.", nameof(record)),
    };
}
