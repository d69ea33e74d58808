using System.Text;
using PowerList.Versions.Diffing;

namespace PowerList.Tests.Versions;

/// <summary>
/// Each folder of RedlineCases holds before.txt and after.txt (one field's text) and expected.txt, the redline
/// written with marks: <c>[-deleted-]</c>, <c>{+inserted+}</c>, unchanged text as is.
/// </summary>
public sealed class RedlineCasesTests
{
    public static IEnumerable<object[]> Cases() => VersionTestFiles.Cases("RedlineCases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Redline_matches_expected_marks(string name)
    {
        var folder = Path.Combine(VersionTestFiles.Folder("RedlineCases"), name);
        var before = File.ReadAllText(Path.Combine(folder, "before.txt"));
        var after = File.ReadAllText(Path.Combine(folder, "after.txt"));
        var segments = WordDiff.Compute(before, after);

        VersionTestFiles.Golden(Path.Combine(folder, "expected.txt"), Marks(segments));
        string.Concat(segments.Where(s => s.Op != TextSegment.Inserted).Select(s => s.Text)).ShouldBe(before);
        string.Concat(segments.Where(s => s.Op != TextSegment.Deleted).Select(s => s.Text)).ShouldBe(after);
        WordDiff.Compute(before, after).ShouldBe(segments, "the same texts give the same redline");
    }

    [Fact]
    public void Segmenter_keeps_words_and_text_elements_whole()
    {
        WordSegmenter.Split("由地州市级部门负责").ShouldContain("部门");
        WordSegmenter.Split("𠀀𠀁字样").ShouldAllBe(w => !char.IsHighSurrogate(w[w.Length - 1]));
        string.Concat(WordSegmenter.Split("《行政许可法》第十二条 ABC 123")).ShouldBe("《行政许可法》第十二条 ABC 123");
    }

    private static string Marks(IEnumerable<TextSegment> segments)
    {
        var text = new StringBuilder();
        foreach (var s in segments)
        {
            text.Append(s.Op switch
            {
                TextSegment.Deleted => "[-" + s.Text + "-]",
                TextSegment.Inserted => "{+" + s.Text + "+}",
                _ => s.Text,
            });
        }

        return text.Append('\n').ToString();
    }
}
