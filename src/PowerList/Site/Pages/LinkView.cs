namespace PowerList.Site.Pages;

/// <summary>A link as templates see it; <see cref="Current"/> marks the page itself (aria-current).</summary>
public sealed record LinkView(string Label, string Href, bool Current = false);
