namespace PowerList.Site.Pipeline;

/// <summary>How many files one contributor wrote.</summary>
public sealed record ContributorCount(string Contributor, int Files);
