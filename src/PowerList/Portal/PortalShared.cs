using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Portal;

/// <summary>
/// The portal's own files as read: <c>portal.yaml</c>, the shared catalogue and synonyms (null / empty when absent), and
/// the diagnostics of reading them. <c>serve</c> keeps it while those files stay unchanged (<see cref="PortalLoader.Open(string, PortalShared?)"/>).
/// </summary>
public sealed record PortalShared(PortalInfo Info, Catalogue? Catalogue, ImmutableArray<Synonym> Synonyms, IReadOnlyList<Diagnostic> Diagnostics);
