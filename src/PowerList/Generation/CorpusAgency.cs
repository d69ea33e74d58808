using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Generation;

/// <summary>One real department of the corpus: its id (e.g. <c>scjg</c>), its name without the city, its entries.</summary>
public sealed record CorpusAgency(string Id, string Name, ImmutableArray<Entry> Entries);
