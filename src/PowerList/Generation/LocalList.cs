namespace PowerList.Generation;

/// <summary>
/// What one generated jurisdiction lists (<see cref="Entries"/>, catalogue order then local additions) and the catalogue
/// codes it leaves out (<see cref="Missing"/>), rewords (<see cref="Changed"/>) or gives a longer limit (<see cref="Longer"/>).
/// </summary>
internal sealed record LocalList(List<LocalEntry> Entries, List<string> Missing, List<string> Changed, List<string> Longer);
