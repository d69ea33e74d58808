using System.Buffers.Binary;
using PowerList.Model;
using PowerList.Building;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// Tokens of the entry history pages (<see cref="PlannedOutput.Token"/>) for a warm process: a history page's inputs
/// (<see cref="HistoryPageModel.Inputs"/>) come from the releases (fixed by <see cref="ReleaseTimeline.ReleasesKey"/>),
/// the site settings, the current entry with that code, and, through the comparison of the latest release with the
/// current lists, the laws' texts and the entries that replace others (an entry replaced, merged or absorbed); when the
/// history links to other codes, also which codes are current. All but the entry are hashed once per build, so a
/// token is one lookup and one small hash; it over-approximates (editing any entry that replaces others, or any law,
/// changes every token), and equal tokens mean equal inputs.
/// </summary>
public sealed class HistoryTokens
{
    private readonly ModelHashes _hashes;
    private readonly IReadOnlyDictionary<string, Entry> _public;
    private readonly Lazy<Dictionary<string, Entry>> _all;
    private readonly UInt128 _shared;
    private readonly Lazy<UInt128> _published;

    public HistoryTokens(ReleaseTimeline timeline, UInt128 releases, UInt128 site, ModelHashes hashes)
    {
        _hashes = hashes;
        var lists = timeline.Current.Lists;
        _public = lists.PublicByCode;
        _all = new Lazy<Dictionary<string, Entry>>(
            () =>
            {
                var all = new Dictionary<string, Entry>(StringComparer.Ordinal);
                foreach (var entry in lists.Entries)
                {
                    all[entry.Code] = entry;
                }

                return all;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        var key = new KeyWriter("history-context/1", 64 * 1024).Add(releases).Add(site).Add(lists.Laws.Length);
        foreach (var law in lists.Laws)
        {
            key.Add(law.Id).Add(hashes.Law(law.Id));
        }

        foreach (var entry in lists.Entries)
        {
            if (Replaces(entry))
            {
                key.Add(entry.Code).Add(hashes.Entry(entry));
            }
        }

        _shared = key.Hash();
        _published = new Lazy<UInt128>(
            () =>
            {
                var codes = new KeyWriter("current-codes/1", 64 * 1024);
                foreach (var entry in lists.PublicEntries)
                {
                    codes.Add(entry.Code);
                }

                return codes.Hash();
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The token of <paramref name="history"/>'s page.</summary>
    public UInt128 Token(EntryHistory history)
    {
        Span<byte> parts = stackalloc byte[49];
        BinaryPrimitives.WriteUInt128LittleEndian(parts, Current(history.Code) is { } entry ? _hashes.Entry(entry) : 0);
        BinaryPrimitives.WriteUInt128LittleEndian(parts[16..], _shared);
        var links = LinksOtherCodes(history);
        BinaryPrimitives.WriteUInt128LittleEndian(parts[32..], links ? _published.Value : 0);
        parts[48] = links ? (byte)1 : (byte)0;
        return ContentKey.Token(parts);
    }

    /// <summary>
    /// The current entry with this code: a public one, else (a code not public now, from a release) any. A site is
    /// built only from lists that validate, where codes are unique.
    /// </summary>
    private Entry? Current(string code) =>
        _public.TryGetValue(code, out var entry) ? entry : _all.Value.GetValueOrDefault(code);

    private static bool LinksOtherCodes(EntryHistory history)
    {
        foreach (var e in history.Events)
        {
            if (e.Replaces.Length > 0 || e.ReplacedBy.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Replaces(Entry entry)
    {
        foreach (var adjustment in entry.Adjustments)
        {
            if (adjustment.Replaces.Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
