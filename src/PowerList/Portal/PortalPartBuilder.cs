using PowerList.Composition;
using PowerList.Conformity;
using PowerList.Site.Compression;
using PowerList.Site.Pages;
using PowerList.Site.Pipeline;

namespace PowerList.Portal;

/// <summary>
/// Builds one jurisdiction of a portal into a part folder: <c>site/</c>, the jurisdiction's complete site made by the
/// default site pipeline exactly as a one-jurisdiction site (<see cref="SiteDefaults"/>; links are relative, so it
/// works under <c>j/&lt;id&gt;/</c>), <c>catalogue-use.json</c> (<see cref="CatalogueUseJson"/>), <c>search-documents.jgz</c> (<see cref="PortalSearchDocuments"/>), then <c>part.json</c> (<see cref="PartRecord"/>).
/// </summary>
public static class PortalPartBuilder
{
    /// <param name="portalWarm">serve's memory of the portal (<see cref="PortalWarm"/>): takes the part's catalogue use and search documents as written; null: none.</param>
    public static SiteBuildResult Build(
        PortalJurisdiction jurisdiction,
        PortalInfo portal,
        TemplateSet templates,
        string partFolder,
        PartOptions options,
        IProgress<SiteProgress>? progress = null,
        CancellationToken cancellationToken = default,
        PartWarmth? warm = null,
        PortalWarm? portalWarm = null)
    {
        var lists = jurisdiction.Checked.Lists; // with the portal's base_url + j/<id>/ (PortalLoader)

        var pipeline = SiteDefaults.Create(templates, null, jurisdiction.Checked.Releases, options.Preview).Build();
        pipeline.Incremental = options.Incremental;
        pipeline.Precompress = options.Precompress;
        pipeline.Warm = warm?.Build;
        pipeline.Timings = options.Timings;
        Directory.CreateDirectory(partFolder);
        var record = Path.Combine(partFolder, PartRecord.FileName);
        File.Delete(record); // a part without its record is not complete: a merge refuses it
        var result = pipeline.Build(lists, jurisdiction.Checked.Diagnostics, Path.Combine(partFolder, PartRecord.SiteFolder), progress, cancellationToken);
        result.PreviousSiteRemoval.Wait(CancellationToken.None);
        var timings = options.Timings;
        var since = timings?.Now() ?? default;
        // What the portal's side-by-side pages need of this jurisdiction (PortalPages), beside the site.
        // Both written to the file a block at a time (megabytes for a county).
        var use = CatalogueUse.Of(jurisdiction.Id, lists);
        using (var file = File.Create(Path.Combine(partFolder, CatalogueUseJson.FileName)))
        {
            CatalogueUseJson.Write(use, file);
        }

        since = timings?.Lap("part: catalogue use", since) ?? default;
        // Its public entries' search documents, for the portal's search across jurisdictions (PortalSearchIndex).
        PortalSearchDocuments.Part part;
        using (var file = File.Create(Path.Combine(partFolder, PortalSearchDocuments.FileName)))
        {
            part = PortalSearchDocuments.Write(lists, file);
        }

        portalWarm?.HandOver(jurisdiction.Id, partFolder, use, part); // serve: not read back by the portal's update
        since = timings?.Lap("part: search documents", since) ?? default;
        var temp = record + ".tmp";
        File.WriteAllBytes(temp, PartRecord.Write(Describe(jurisdiction, portal)));
        File.Move(temp, record, overwrite: true);
        timings?.Measure("part: record", since);
        return result;
    }

    /// <summary>The record of <paramref name="jurisdiction"/>: names, level, counts and conformity summary.</summary>
    public static PortalPart Describe(PortalJurisdiction jurisdiction, PortalInfo portal)
    {
        var lists = jurisdiction.Checked.Lists;
        var report = ConformityChecker.Check(lists);
        return new PortalPart
        {
            Id = jurisdiction.Id,
            Name = jurisdiction.Name,
            Title = lists.Site.Title,
            Level = jurisdiction.Level,
            DivisionCode = lists.Site.DivisionCode,
            Parent = jurisdiction.Parent,
            Entries = lists.InForceEntries.Count,
            Departments = lists.Departments.Length,
            Conformity = report is null ? null : new PartConformity(report.Catalogue, report.Implemented.Length, report.Missing.Length, report.Extra.Length, report.WrongLevel.Length, report.Applicable, report.Applicable ? "" : report.NotApplicableNote),
            Portal = portal with { Source = Model.SourceInfo.None },
        };
    }
}

/// <summary>How a part is built: reuse the previous part's unchanged files, gzip copies, serve's preview pages.</summary>
public sealed record PartOptions(bool Incremental = true, Precompression? Precompress = null, bool Preview = false)
{
    /// <summary>Where the part's build times its stages (<c>build --timings</c>), if anywhere.</summary>
    public Diagnostics.TimingLog? Timings { get; init; }
}
