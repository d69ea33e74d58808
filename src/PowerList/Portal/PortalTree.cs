using System.Collections.Immutable;
using PowerList.Diagnostics;

namespace PowerList.Portal;

/// <summary>
/// A portal as loaded and validated: <c>portal.yaml</c>, its jurisdictions in portal order (level, then division
/// code, then id) and every diagnostic, the jurisdictions' own and the portal's (sorted).
/// </summary>
public sealed record PortalTree(string Root, PortalInfo Info, ImmutableArray<PortalJurisdiction> Jurisdictions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public PortalJurisdiction? Find(string id) => Jurisdictions.FirstOrDefault(j => j.Id == id);
}
