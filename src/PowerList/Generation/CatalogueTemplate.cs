namespace PowerList.Generation;

/// <summary>
/// A generated catalogue item with the entry that implements it word for word (<see cref="Template"/>, of
/// <see cref="Agency"/>, <c>catalogue:</c> set); localities copy it and change what they deviate in.
/// </summary>
internal sealed record CatalogueTemplate(Model.CatalogueItem Item, CorpusAgency Agency, Model.Entry Template);
