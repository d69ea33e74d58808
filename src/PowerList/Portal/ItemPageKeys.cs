using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using PowerList.Building;
using PowerList.Conformity;

namespace PowerList.Portal;

/// <summary>
/// The read set of a side-by-side page (<c>catalogue/&lt;code&gt;/</c>, <see cref="PortalItemPages"/>) as one key: the
/// page reads, of each jurisdiction in portal order, its id, name and level, the catalogue item with that code and
/// the entries that name it (<see cref="ItemAcrossJurisdictions"/>), plus what the page frame shows (the portal's
/// title and which sections it has). Equal keys: equal pages, so <c>serve</c> renders again only the pages of the
/// items whose slice changed in the edited jurisdiction. A jurisdiction's slices are hashed once per
/// <see cref="CatalogueUse"/> read.
/// </summary>
public sealed class ItemPageKeys
{
    private readonly ConditionalWeakTable<CatalogueUse, Dictionary<string, UInt128>> _slices = new();

    /// <summary>What the last <see cref="Of"/> was asked and answered: the next asks again only for what changed.</summary>
    private Last? _last;

    /// <summary>The codes of every item of the uses last given to <see cref="Of"/>, once each, in ordinal order (<see cref="ItemAcrossJurisdictions.Codes"/>).</summary>
    public IReadOnlyList<string> Codes => _last?.Codes ?? [];

    /// <summary>Item code → key of its page's inputs, for every item of <paramref name="uses"/> (in portal order).</summary>
    /// <remarks>
    /// Hashed from fixed-size parts, not from text: per jurisdiction the key of its identity (id, name, level) and its
    /// slice's key, or a marker when it has no such item. (As text, each of a province's 3,450 items made a string of
    /// every jurisdiction's, about 150 MB a serve rebuild at 115 jurisdictions.) When the uses are those of the last
    /// call but for some read again, each with the same identity and items, only the items whose slice changed in those
    /// are hashed again (serve's county edit: in proportion to that county's catalogue, not to every jurisdiction's).
    /// </remarks>
    public Dictionary<string, UInt128> Of(IReadOnlyList<CatalogueUse> uses, string frame)
    {
        var slices = uses.Select(u => _slices.GetValue(u, Slices)).ToList();
        var identities = uses.Select(u => ContentKey.Of("portal-item-jurisdiction", Encoding.UTF8.GetBytes(string.Join('\u0001', u.Id, u.Jurisdiction, u.Level)))).ToList();
        var frameBytes = Encoding.UTF8.GetBytes(frame);
        var changed = Changed(uses, frame, slices, identities);
        IReadOnlyList<string> codes = changed is null ? [.. ItemAcrossJurisdictions.Codes(uses)] : _last!.Codes;
        var keys = changed is null ? new Dictionary<string, UInt128>(codes.Count, StringComparer.Ordinal) : new Dictionary<string, UInt128>(_last!.Keys, StringComparer.Ordinal);
        var buffer = new byte[frameBytes.Length + 1 + (uses.Count * 33) + 256];
        foreach (var code in changed ?? codes)
        {
            var codeBytes = Encoding.UTF8.GetByteCount(code);
            var length = frameBytes.Length + 1 + codeBytes + (uses.Count * 33);
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            var at = 0;
            frameBytes.CopyTo(buffer, at);
            at += frameBytes.Length;
            buffer[at++] = 0;
            at += Encoding.UTF8.GetBytes(code, buffer.AsSpan(at));
            for (var j = 0; j < uses.Count; j++)
            {
                BinaryPrimitives.WriteUInt128LittleEndian(buffer.AsSpan(at), identities[j]);
                at += 16;
                var has = slices[j].TryGetValue(code, out var slice);
                buffer[at++] = has ? (byte)1 : (byte)0;
                BinaryPrimitives.WriteUInt128LittleEndian(buffer.AsSpan(at), has ? slice : 0);
                at += 16;
            }

            keys[code] = ContentKey.Of("portal-item", buffer.AsSpan(0, at));
        }

        _last = new Last([.. uses], frame, slices, identities, codes, keys);
        return keys;
    }

    /// <summary>
    /// The codes whose key may differ from the last call's: those whose slice differs in a use read again since. Null
    /// when everything must be hashed (nothing asked before, another frame, other jurisdictions, or a use read again
    /// whose identity or set of items is not as before).
    /// </summary>
    private List<string>? Changed(IReadOnlyList<CatalogueUse> uses, string frame, List<Dictionary<string, UInt128>> slices, List<UInt128> identities)
    {
        if (_last is not { } last || last.Frame != frame || last.Uses.Length != uses.Count)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < uses.Count; j++)
        {
            if (ReferenceEquals(last.Uses[j], uses[j]))
            {
                continue;
            }

            var was = last.Slices[j];
            var now = slices[j];
            if (last.Identities[j] != identities[j] || was.Count != now.Count)
            {
                return null;
            }

            foreach (var (code, slice) in now)
            {
                if (!was.TryGetValue(code, out var before))
                {
                    return null; // another set of items: the codes may differ
                }

                if (before != slice)
                {
                    changed.Add(code);
                }
            }
        }

        return [.. changed.Order(StringComparer.Ordinal)];
    }

    /// <summary>One call of <see cref="Of"/>: the uses, frame, slices and identities it hashed, the codes and the keys.</summary>
    private sealed record Last(CatalogueUse[] Uses, string Frame, List<Dictionary<string, UInt128>> Slices, List<UInt128> Identities, IReadOnlyList<string> Codes, Dictionary<string, UInt128> Keys);

    /// <summary>Code → key of the jurisdiction's item with that code (the first) and the entries naming it.</summary>
    private static Dictionary<string, UInt128> Slices(CatalogueUse use)
    {
        var entries = use.Entries.GroupBy(e => e.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var slices = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var item in use.Items)
        {
            if (slices.ContainsKey(item.Code))
            {
                continue;
            }

            text.Clear().AppendJoin('\u0001', item.Code, item.Name, item.Category, string.Join('\u0002', item.Levels), item.Basis);
            foreach (var e in entries.GetValueOrDefault(item.Code) ?? [])
            {
                text.Append('\0').AppendJoin('\u0001', e.Code, e.Name, e.StatutoryLimit, e.PromisedLimit, e.Basis);
            }

            slices[item.Code] = ContentKey.Of("portal-item-slice", Encoding.UTF8.GetBytes(text.ToString()));
        }

        return slices;
    }
}
