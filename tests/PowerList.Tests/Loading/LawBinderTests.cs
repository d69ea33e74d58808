using PowerList.Loading;
using PowerList.Model;
using PowerList.Tests.Validation;
using PowerList.Validation;

namespace PowerList.Tests.Loading;

/// <summary>
/// The loader binds citations written by title, short title, 《》 or alias to the law's id, so every output sees
/// the same law; what names no law or several stays as written for validation to report.
/// </summary>
public class LawBinderTests
{
    private static readonly string Case = Path.Combine(ValidationCaseTests.CasesRoot, "law-by-title");

    private static ListSet LoadCase(TempFolder temp)
    {
        Copy(Path.Combine(ValidationCaseTests.CasesRoot, "_base"), temp.Path);
        Copy(Case, temp.Path);
        return ListLoader.Load(temp.Path).Lists;
    }

    [Fact]
    public void Every_written_form_binds_to_the_same_id()
    {
        using var temp = new TempFolder();
        var lists = LoadCase(temp);
        var entry = lists.Entries.Single();
        entry.Basis.Select(c => c.Law).ShouldBe(
            ["price-law", "price-law", "price-law", "price-law", "food-safety-law", "food-hygiene-law"]);
        entry.Basis[0].Articles.ShouldBe("第三十九条");
        entry.SubItems[0].Basis.Single().Law.ShouldBe("food-safety-law");
        entry.SubItems[0].Basis.Single().Articles.ShouldBe("第三十四条");
    }

    [Fact]
    public void A_title_binds_to_the_same_model_as_the_id()
    {
        using var titles = new TempFolder();
        using var ids = new TempFolder();
        var byTitle = LoadCase(titles);
        Copy(Path.Combine(ValidationCaseTests.CasesRoot, "_base"), ids.Path);
        Copy(Case, ids.Path);
        var path = Path.Combine(ids.Path, "fgw", "cf.yaml");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("law: 中华人民共和国价格法", "law: price-law").Replace("law: 价格法", "law: price-law")
            .Replace("law: 《价格法》", "law: price-law").Replace("law: 《中华人民共和国价格法》", "law: price-law")
            .Replace("law: 食安法", "law: food-safety-law").Replace("law: 食品卫生法", "law: food-hygiene-law")
            .Replace("law: 《食品安全法》", "law: food-safety-law"));
        var byId = ListLoader.Load(ids.Path).Lists;
        byTitle.Entries.Single().Basis.Select(c => (c.Law, c.Articles))
            .ShouldBe(byId.Entries.Single().Basis.Select(c => (c.Law, c.Articles)));
        byTitle.Entries.Single().SubItems[0].Basis.Single().Law.ShouldBe(byId.Entries.Single().SubItems[0].Basis.Single().Law);
    }

    [Fact]
    public void Ambiguous_and_unknown_titles_stay_as_written()
    {
        using var temp = new TempFolder();
        Copy(Path.Combine(ValidationCaseTests.CasesRoot, "_base"), temp.Path);
        Copy(Path.Combine(ValidationCaseTests.CasesRoot, "law-by-title-ambiguous"), temp.Path);
        var laws = ListLoader.Load(temp.Path).Lists.Entries.Single().Basis.Select(c => c.Law).ToArray();
        laws.ShouldBe(["price-law", "xj-price-rules", "xj-price-rules", "《食品安全法》", "食品安全法", "food-safety-law", "xj-food-safety"]);
    }

    [Fact]
    public void A_warm_load_keeps_bound_files_and_rebinds_when_a_title_changes()
    {
        using var temp = new TempFolder();
        LoadCase(temp);
        var cache = new LoadCache();
        var validation = new ValidationCache();
        var first = ListCheck.Run(temp.Path, null, cache, validation);
        var second = ListCheck.Run(temp.Path, null, cache, validation);
        second.Lists.Files[0].ShouldBeSameAs(first.Lists.Files[0]);
        validation.Reused.ShouldBe(1);

        var laws = Path.Combine(temp.Path, "laws.yaml");
        File.WriteAllText(laws, File.ReadAllText(laws).Replace("aliases: [食安法]", "aliases: []"));
        File.SetLastWriteTimeUtc(laws, DateTime.UtcNow.AddMinutes(-5));
        var third = ListCheck.Run(temp.Path, null, cache, validation);
        third.Diagnostics.Select(d => d.Format(temp.Path)).ShouldContain(
            "fgw/cf.yaml:12:14: error PL0307: 引用的法规“食安法”不在 laws.yaml 中，是不是要写“中华人民共和国食品安全法”？");
        third.Lists.Entries.Single().Basis[4].Law.ShouldBe("食安法");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == "expected.txt")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
