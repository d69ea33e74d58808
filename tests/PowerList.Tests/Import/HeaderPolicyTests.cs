using PowerList.Import;

namespace PowerList.Tests.Import;

/// <summary>Titles the column policy maps to fields, and titles of staff columns (dropped, never published).</summary>
public sealed class HeaderPolicyTests
{
    [Theory]
    [InlineData("责任事项的依据", ColumnKind.ResponsibilityBasis)]
    [InlineData("法定期限", ColumnKind.StatutoryLimit)]
    [InlineData("承诺期限", ColumnKind.PromisedLimit)]
    [InlineData("收费（征收）依据和标准", ColumnKind.Fees)]
    [InlineData("诉求渠道", ColumnKind.SupervisionMethod)]
    [InlineData("实施层级及权限", ColumnKind.LevelAndScope)]
    [InlineData("是否公示", ColumnKind.Public)]
    [InlineData("是否公开", ColumnKind.Public)]
    public void Field_titles_are_recognised(string title, ColumnKind kind) => HeaderSynonyms.Recognise(title).ShouldBe(kind);

    [Theory]
    [InlineData("录入人", true)]
    [InlineData("填报人", true)]
    [InlineData("审核人", true)]
    [InlineData("联系人", true)]
    [InlineData("联系人电话", true)]
    [InlineData("联系电话", true)]
    [InlineData("经办人", true)]
    [InlineData("填报人（签字）", true)]
    [InlineData("姓名", true)]
    [InlineData("监督电话", false)]
    [InlineData("咨询电话", false)]
    [InlineData("承办机构", false)]
    [InlineData("追责对象范围", false)]
    public void Staff_titles_are_told_apart(string title, bool staff) => HeaderSynonyms.IsStaff(title).ShouldBe(staff);
}
