using System.Collections.Immutable;

namespace PowerList.Generation;

/// <summary>A generated standard catalogue and, per item, its template entry.</summary>
internal sealed record GeneratedCatalogue(Model.Catalogue Catalogue, ImmutableArray<CatalogueTemplate> Items);
