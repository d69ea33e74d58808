using PowerList.Import;

namespace PowerList.Tests.Import;

/// <summary>Readable department ids: the table of common names and abbreviations, else the initials of the name.</summary>
public sealed class DepartmentIdTests
{
    [Theory]
    [InlineData("克拉玛依市商务局", "swj")]
    [InlineData("克拉玛依市国防动员办公室", "gfdyb")]
    [InlineData("克拉玛依市国动办", "gfdyb")]
    [InlineData("克拉玛依市口岸管理办公室", "kaglbgs")]
    [InlineData("市口岸管理办公室", "kaglbgs")]
    [InlineData("克拉玛依市独山子区人民政府", "dszqrmzf")]
    [InlineData("克拉玛依市某某服务中心", "mmfwzx")]
    public void Ids_are_readable(string name, string id) => DepartmentNames.IdFor(name, "克拉玛依市").ShouldBe(id);

    [Fact]
    public void A_name_outside_the_initials_table_falls_back_to_a_stable_hash()
    {
        var id = DepartmentNames.IdFor("克拉玛依市㐀㐁局", "克拉玛依市");
        id.ShouldMatch("^d[0-9a-f]{8}$");
        DepartmentNames.IdFor("克拉玛依市㐀㐁局", "克拉玛依市").ShouldBe(id);
    }

    [Theory]
    [InlineData("克拉玛依市国动办公示.xlsx", "克拉玛依市国动办")]
    [InlineData("附件2：2024年市口岸办权责清单（征求意见稿）.xls", "克拉玛依市口岸办")]
    public void File_names_lose_publication_words(string file, string name) =>
        DepartmentNames.FromFileName(file, "克拉玛依市").ShouldBe(name);
}
