namespace PowerList.Site.Pipeline;

/// <summary>Progress of a build: the contributor running and how many files it has written so far.</summary>
public sealed record SiteProgress(string Contributor, int Files, bool Done);
