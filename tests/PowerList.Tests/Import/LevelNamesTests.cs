using PowerList.Import;

namespace PowerList.Tests.Import;

/// <summary>One vocabulary of level names, and a single 实施层级及权限 cell split into level and scope.</summary>
public sealed class LevelNamesTests
{
    [Theory]
    [InlineData("市级", "地州市级")]
    [InlineData("地州市级", "地州市级")]
    [InlineData("地（州、市）级", "地州市级")]
    [InlineData("设区的市级", "地州市级")]
    [InlineData("自治区级", "省级")]
    [InlineData("县级", "县市区级")]
    [InlineData("县（市、区）级", "县市区级")]
    [InlineData("乡镇级", "乡镇（街道）级")]
    [InlineData("街道级", "乡镇（街道）级")]
    [InlineData("国家级", "国家级")]
    [InlineData("兵团级", "兵团级")]
    public void Level_names_map_to_one_vocabulary(string name, string canonical) =>
        LevelNames.Canonical(name).ShouldBe(canonical);

    [Theory]
    [InlineData("地州市级；负责对外劳务合作经营资格初审", "地州市级", "负责对外劳务合作经营资格初审")]
    [InlineData("市级：负责本级", "地州市级", "负责本级")]
    [InlineData("市级\n负责本行政区域", "地州市级", "负责本行政区域")]
    [InlineData("市级负责本行政区域", "地州市级", "负责本行政区域")]
    [InlineData("县级", "县市区级", "")]
    [InlineData("负责本级商业特许经营活动的监督检查", "", "负责本级商业特许经营活动的监督检查")]
    [InlineData("县级以上人民政府负责", "", "县级以上人民政府负责")]
    public void A_level_and_scope_cell_is_split(string cell, string level, string scope) =>
        LevelNames.Split(cell).ShouldBe((level, scope));
}
