using PowerList.Loading;

namespace PowerList.Tests.Loading;

public class StringPoolTests
{
    [Fact]
    public void Equal_texts_give_the_same_string()
    {
        var pool = new StringPool();
        var text = "第一条 第二款".ToCharArray();
        var a = pool.Get(text);
        var b = pool.Get("x第一条 第二款y".AsSpan(1, 7));
        a.ShouldBe("第一条 第二款");
        b.ShouldBeSameAs(a);
        pool.Get("other").ShouldBe("other");
        pool.Count.ShouldBe(2);
        pool.Get("").ShouldBe("");
    }

    [Fact]
    public void Works_from_many_threads()
    {
        var pool = new StringPool();
        var results = new string[8][];
        Parallel.For(0, 8, t => results[t] = [.. Enumerable.Range(0, 2000).Select(i => pool.Get((i % 500).ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        pool.Count.ShouldBe(500);
        for (var t = 1; t < 8; t++)
        {
            for (var i = 0; i < 2000; i++)
            {
                results[t][i].ShouldBeSameAs(results[0][i]);
            }
        }
    }
}
