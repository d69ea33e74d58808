using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Tests.Model;

public class SourceInfoTests
{
    private static readonly SourceLocation Self = new("a/b.yaml", 3, 5);

    [Fact]
    public void Compact_form_answers_like_a_dictionary()
    {
        var info = new SourceInfo(Self, ["name", "remedies", "remedies[0]"], [4, 11, 5, 15, 6, 9], 3);
        info.Of("name").ShouldBe(new SourceLocation("a/b.yaml", 4, 11));
        info.Of("remedies[0]").ShouldBe(new SourceLocation("a/b.yaml", 6, 9));
        info.Of("code").ShouldBe(Self);
        info.Has("remedies").ShouldBeTrue();
        info.Has("code").ShouldBeFalse();
        info.Fields.Count.ShouldBe(3);
        info.Fields["remedies"].ShouldBe(new SourceLocation("a/b.yaml", 5, 15));
    }

    [Fact]
    public void Only_the_first_count_keys_are_fields()
    {
        var info = new SourceInfo(Self, ["name", "code"], [4, 11, 5, 15, 0, 0], 1);
        info.Has("code").ShouldBeFalse();
        info.Of("code").ShouldBe(Self);
        info.Fields.Keys.ShouldBe(["name"]);
    }

    [Fact]
    public void Many_fields_are_found_through_an_index()
    {
        var keys = Enumerable.Range(0, 100).Select(i => $"remedies[{i}]").ToArray();
        var places = Enumerable.Range(0, 100).SelectMany(i => new[] { 10 + i, 7 }).ToArray();
        var info = new SourceInfo(Self, keys, places, 100);
        info.Of("remedies[73]").ShouldBe(new SourceLocation("a/b.yaml", 83, 7));
        info.Has("remedies[100]").ShouldBeFalse();
        info.Of("remedies[0]").Line.ShouldBe(10);
    }

    [Fact]
    public void Dictionary_form_is_kept_as_given()
    {
        var fields = ImmutableDictionary<string, SourceLocation>.Empty.Add("text", new SourceLocation("c.yaml", 1, 2));
        var info = new SourceInfo(Self, fields);
        info.Fields.ShouldBeSameAs(fields);
        info.Of("text").File.ShouldBe("c.yaml");
        info.Of("law").ShouldBe(Self);
        var (self, all) = info;
        self.ShouldBe(Self);
        all.ShouldBeSameAs(fields);
        SourceInfo.At(Self).ShouldBe(SourceInfo.At(Self));
        (info with { Self = SourceLocation.None }).Of("law").ShouldBe(SourceLocation.None);
    }
}
