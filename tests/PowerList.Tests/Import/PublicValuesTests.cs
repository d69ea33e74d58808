using PowerList.Import;

namespace PowerList.Tests.Import;

/// <summary>是否公开/是否公示 marks: yes, no, and unknown (read as not public).</summary>
public sealed class PublicValuesTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("是", true)]
    [InlineData("公示", true)]
    [InlineData("公开", true)]
    [InlineData("否", false)]
    [InlineData("不公示", false)]
    [InlineData("不予公开", false)]
    [InlineData("涉密", false)]
    [InlineData("待定", false)]
    [InlineData("是\n否", false)]
    [InlineData("是\n公示", true)]
    public void Only_an_empty_or_yes_mark_publishes(string mark, bool isPublic) =>
        PublicValues.IsPublic(mark).ShouldBe(isPublic);

    [Fact]
    public void An_unknown_mark_is_neither_yes_nor_no() => PublicValues.Read("部分公开").ShouldBeNull();
}
