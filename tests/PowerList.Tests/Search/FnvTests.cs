using PowerList.Search.Indexing;

namespace PowerList.Tests.Search;

/// <summary>
/// The shard function (<see cref="Fnv.Shard"/>, linear hashing): every term in range; a count grown by one moves only
/// the terms of the split shard, to the new one; each shard is one run of the split order, whatever the count.
/// </summary>
public sealed class FnvTests
{
    /// <summary>Bigrams and words of the kind the index holds, and codes: 3,000 of them.</summary>
    private static readonly string[] Terms = [.. Enumerable.Range(0, 3000).Select(i => (i % 3) switch
    {
        0 => new string([(char)(0x4E00 + (i * 7 % 20000)), (char)(0x4E00 + (i * 13 % 20000))]),
        1 => $"w{i}",
        _ => $"330100-XK-{i:D5}",
    })];

    public static TheoryData<int> Counts => [.. new[] { 1, 2, 3, 4, 5, 7, 8, 9, 31, 32, 33, 47, 63, 64, 65, 100, 127, 128, 129, 1000, 1563, 4096 }];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Every_term_falls_in_range_and_a_grown_count_moves_only_the_split_shards_terms(int count)
    {
        var level = System.Numerics.BitOperations.Log2((uint)count);
        var split = count - (1 << level);
        var moved = 0;
        foreach (var term in Terms)
        {
            var before = Fnv.Shard(term, count);
            var after = Fnv.Shard(term, count + 1);
            before.ShouldBeInRange(0, count - 1, term);
            after.ShouldBeInRange(0, count, term);
            if (before != after)
            {
                (before, after).ShouldBe((split, count), term);
                moved++;
            }
        }

        // Those that move are the split shard's terms whose hash has bit L set (about half of them).
        moved.ShouldBe(Terms.Count(t => Fnv.Shard(t, count) == split && ((Fnv.Mixed(t) >> level) & 1) == 1));
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Each_shard_is_one_run_of_the_split_order_and_the_runs_follow_their_shards_split_keys(int count)
    {
        var sorted = Terms.Order(SplitOrder.Instance).ToArray();
        var runs = new List<int>();
        foreach (var term in sorted)
        {
            var shard = Fnv.Shard(term, count);
            if (runs.Count == 0 || runs[^1] != shard)
            {
                runs.Add(shard);
            }
        }

        runs.ShouldBeUnique("a shard's terms are one run");
        runs.Select(s => Fnv.SplitKey((uint)s)).ShouldBeInOrder(SortDirection.Ascending);
        foreach (var term in sorted)
        {
            var shard = Fnv.Shard(term, count);
            var key = (ulong)Fnv.SplitKey(term);
            key.ShouldBeInRange(Fnv.SplitKey((uint)shard), Fnv.SplitEnd(shard, count) - 1, term);
        }
    }

    [Fact]
    public void Shards_are_about_even()
    {
        var counts = new int[100];
        foreach (var term in Terms)
        {
            counts[Fnv.Shard(term, 100)]++;
        }

        // 100 shards: 36 split ones and the 36 split off hold 1/128 of the hashes each, the other 28 1/64: of 3,000
        // terms about 23 and 47.
        counts.Min().ShouldBeGreaterThan(5);
        counts.Max().ShouldBeLessThan(90);
    }

    [Fact]
    public void Same_shard_says_which_shards_hold_the_same_hashes_under_two_counts()
    {
        foreach (var (before, now) in new[] { (5, 6), (6, 5), (7, 8), (8, 9), (100, 103), (64, 60) })
        {
            for (var shard = 0; shard < Math.Max(before, now); shard++)
            {
                var same = Terms.Where(t => Fnv.Shard(t, before) == shard).Order(StringComparer.Ordinal)
                    .SequenceEqual(Terms.Where(t => Fnv.Shard(t, now) == shard).Order(StringComparer.Ordinal));
                if (Fnv.SameShard(shard, before, now))
                {
                    same.ShouldBeTrue($"{shard} of {before} → {now}");
                }
            }

            // The shards that are not the same are few: one per step of the count.
            Enumerable.Range(0, Math.Min(before, now)).Count(s => !Fnv.SameShard(s, before, now)).ShouldBeLessThanOrEqualTo(Math.Abs(now - before));
        }
    }
}
