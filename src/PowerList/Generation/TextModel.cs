using System.Text;

namespace PowerList.Generation;

/// <summary>
/// A character-level Markov model of one kind of real text (names of one category, legal quotes, 责任事项, 追责情形):
/// the next character is drawn, with the caller's seeded <see cref="Random"/>, from the characters that follow the
/// last few characters somewhere in the training texts. So every 4-character run of a generated text
/// occurs in the real lists (real words, real bigrams, Zipf-like term frequencies) while whole texts are new
/// recombinations. Long texts aim at a length drawn from the real lengths and stop at the first sentence end after it.
/// </summary>
public sealed class TextModel
{
    private const char End = '\0';
    private const char Start = '\u0001';
    private const ulong StartKey = 0x0001_0001_0001UL;

    private readonly Dictionary<ulong, int> _states = [];
    private readonly int[] _offsets;
    private readonly char[] _successors;
    private readonly int[] _lengths;
    private readonly ulong _mask;

    /// <param name="texts">The real texts.</param>
    /// <param name="order">Characters of context, 1 to 3 (fewer: more new combinations, less fluent text).</param>
    public TextModel(IEnumerable<string> texts, int order = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, 3);
        _mask = (1UL << (16 * order)) - 1;
        var successors = new List<List<char>>();
        var lengths = new List<int>();
        foreach (var text in texts)
        {
            if (text.Length == 0)
            {
                continue;
            }

            lengths.Add(text.Length);
            var key = StartKey & _mask;
            foreach (var c in text.Append(End))
            {
                if (!_states.TryGetValue(key, out var state))
                {
                    _states[key] = state = successors.Count;
                    successors.Add([]);
                }

                successors[state].Add(c);
                key = Push(key, c);
            }
        }

        _offsets = new int[successors.Count + 1];
        _successors = new char[successors.Sum(s => s.Count)];
        for (var i = 0; i < successors.Count; i++)
        {
            successors[i].CopyTo(_successors, _offsets[i]);
            _offsets[i + 1] = _offsets[i] + successors[i].Count;
        }

        _lengths = [.. lengths];
    }

    /// <summary>Number of training texts.</summary>
    public int Texts => _lengths.Length;

    /// <summary>Total training characters.</summary>
    public int Characters => _lengths.Sum();

    /// <summary>
    /// A text that ends where a real text ends (names: no length target, at most <paramref name="maxLength"/>
    /// characters, else the draw is given up and null returned).
    /// </summary>
    public string? NextShort(Random random, int maxLength)
    {
        var text = new StringBuilder();
        var key = StartKey & _mask;
        while (true)
        {
            var c = Draw(random, key, avoidEnd: false);
            if (c == End)
            {
                return text.ToString();
            }

            if (text.Length == maxLength)
            {
                return null;
            }

            text.Append(c);
            key = Push(key, c);
        }
    }

    /// <summary>
    /// A text about as long as a real one (a real length times <paramref name="lengthFactor"/>): before that length
    /// an ending is avoided when the context allows another character; after it the text stops at the next 。 or ；.
    /// </summary>
    public string NextLong(Random random, double lengthFactor = 1.0)
    {
        var target = (int)Math.Round(_lengths[random.Next(_lengths.Length)] * lengthFactor);
        var text = new StringBuilder(target + 64);
        var key = StartKey & _mask;
        while (true)
        {
            var c = Draw(random, key, avoidEnd: text.Length < target);
            if (c == End)
            {
                break;
            }

            text.Append(c);
            key = Push(key, c);
            if (text.Length >= target && (c is '。' or '；' || text.Length >= (2 * target) + 200))
            {
                break;
            }
        }

        return text.ToString().TrimEnd();
    }

    private char Draw(Random random, ulong key, bool avoidEnd)
    {
        var state = _states[key];
        var from = _offsets[state];
        var count = _offsets[state + 1] - from;
        var c = _successors[from + random.Next(count)];
        if (c != End || !avoidEnd)
        {
            return c;
        }

        var others = 0;
        for (var i = from; i < from + count; i++)
        {
            others += _successors[i] == End ? 0 : 1;
        }

        if (others == 0)
        {
            return End;
        }

        var pick = random.Next(others);
        for (var i = from; ; i++)
        {
            if (_successors[i] != End && pick-- == 0)
            {
                return _successors[i];
            }
        }
    }

    private ulong Push(ulong key, char c) => ((key << 16) | c) & _mask;
}
