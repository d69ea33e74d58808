namespace PowerList.Building.Dependencies;

/// <summary>
/// What an <see cref="Identity"/> names. Record kinds name one record by its id; derived kinds name a value the site's
/// view computes (a list of members, a count) and are hashed from what its accessor returns. The numbers are written
/// into the build manifest: never renumber one, only add.
/// </summary>
public enum IdentityKind : byte
{
    /// <summary>The templates, options and program of one contributor (its fingerprint); read by each of its outputs.</summary>
    Contributor = 1,

    /// <summary>The site settings (<c>site.yaml</c>).</summary>
    Site = 2,

    /// <summary>One public entry (in force or ended), by code.</summary>
    Entry = 3,

    /// <summary>One law, by id.</summary>
    Law = 4,

    /// <summary>One department, by id.</summary>
    Department = 5,

    /// <summary>One category, by code.</summary>
    Category = 6,

    /// <summary>Whether a code is published (has a page).</summary>
    Published = 7,

    /// <summary>Every law, in order.</summary>
    Laws = 8,

    /// <summary>Every category, in order.</summary>
    Categories = 9,

    /// <summary>Every department, in order.</summary>
    Departments = 10,

    /// <summary>The entries of a category in reading order: code, category and department of each.</summary>
    InCategory = 11,

    /// <summary>The entries of a department in reading order: code, category and department of each.</summary>
    InDepartment = 12,

    /// <summary>The entries citing a law in reading order: code, category and department of each.</summary>
    Citing = 13,

    /// <summary>How many entries a category has.</summary>
    CountInCategory = 14,

    /// <summary>How many entries a department has.</summary>
    CountInDepartment = 15,

    /// <summary>How many entries cite a law.</summary>
    CountCiting = 16,

    /// <summary>How many entries are in force.</summary>
    Total = 17,

    /// <summary>Which statutory fields the entries fill.</summary>
    Coverage = 18,

    /// <summary>The latest changes (key: how many), each entry in full.</summary>
    LatestChanges = 19,

    /// <summary>The standard catalogue's title, if the lists have one.</summary>
    Catalogue = 20,

    /// <summary>The conformity report of the lists against their catalogue.</summary>
    Conformity = 21,

    /// <summary>A category's name only (list pages and entry pages show it), so a change to its description re-renders only what shows that.</summary>
    CategoryName = 22,

    /// <summary>A department's name only (group headings, citing lists), so a change to its contacts re-renders only the pages that show them.</summary>
    DepartmentName = 23,

    /// <summary>The releases in order (version, date, title, document and snapshot of each): what a page listing the versions shows.</summary>
    Releases = 24,

    /// <summary>One release, by version: its hash is its snapshot's content hash, so what is made from it alone is made once.</summary>
    Release = 25,

    /// <summary>The current lists in full (every entry, public or not, laws, departments, categories, site): what a comparison with the current lists reads.</summary>
    Lists = 26,

    /// <summary>An entry's history across the releases and the current lists, with the name its history page shows, by code.</summary>
    History = 27,

    /// <summary>Where an entry of some version can be read and whether it is in force now (<c>VersionLinks</c>), by code.</summary>
    EntryLink = 28,

    /// <summary>Every power that ended, in order.</summary>
    Ended = 29,

    /// <summary>One power that ended, by code.</summary>
    EndedPower = 30,

    /// <summary>The current site's page a historical page links to (its own URL when it still exists, else the home page), by URL.</summary>
    CurrentPage = 31,

    /// <summary>The codes that have an entry page (in force, then ended), in order: the sitemap lists them.</summary>
    Codes = 32,

    /// <summary>
    /// Whether this build leaves the current lists' downloads to be made later (<c>serve</c> makes them once the editor
    /// is idle): what a deferred download reads instead of the lists, so a build that does not defer makes it again.
    /// </summary>
    Deferred = 33,

    /// <summary>
    /// Whether this build is <c>serve</c>'s preview (pages for staff only, 未发布的变化): read by the pages that show it,
    /// so only they differ between a preview and a <c>build</c> of the same lists.
    /// </summary>
    Preview = 34,
}
