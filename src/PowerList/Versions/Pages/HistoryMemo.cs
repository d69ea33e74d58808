using PowerList.Building;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The entry histories of a warm process's last build (a <see cref="WarmBuild"/> slot). Without releases a history is
/// only "first seen in the current list", one per public code, so the histories depend on nothing but the public
/// codes: a build whose public codes are those of the previous one (in the same order) takes its histories as they
/// were. With releases they are built every time (<see cref="EntryHistory.Build"/>).
/// </summary>
public sealed class HistoryMemo
{
    private string[]? _codes;
    private IReadOnlyList<EntryHistory>? _histories;

    /// <summary>The histories of <paramref name="timeline"/>, equal to <see cref="EntryHistory.Build"/>'s.</summary>
    public IReadOnlyList<EntryHistory> Histories(ReleaseTimeline timeline)
    {
        if (!timeline.Releases.IsEmpty)
        {
            _codes = null;
            _histories = null;
            return EntryHistory.Build(timeline);
        }

        var entries = timeline.Current.Lists.PublicEntries;
        if (_codes is { } codes && _histories is { } known && CodeSequence.Same(codes, entries, e => e.Code))
        {
            return known;
        }

        var histories = EntryHistory.Build(timeline);
        _codes = CodeSequence.Of(entries, e => e.Code);
        _histories = histories;
        return histories;
    }
}
