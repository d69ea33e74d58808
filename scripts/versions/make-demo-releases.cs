#:project ../../src/PowerList/PowerList.csproj
#:property PublishAot=false
#:property TreatWarningsAsErrors=true
#:property Nullable=enable

// Makes the two releases the default site ships with, from the real Karamay 2024 lists in lists/:
//   1. release 2024: the lists exactly as imported from the eleven 2024 workbooks;
//   2. a realistic, clearly labelled DEMONSTRATION of the kind of changes a year brings, applied to the YAML:
//      some powers delegated to the district level (下放), some legal bases amended (调整), two inspections
//      merged into one (合并), some powers abolished (取消), each with an adjustment note; the merged and abolished
//      entries stay in the lists with their ending recorded (ended:, with document, date and reason);
//   3. release 2025 from the changed lists, which stay the current lists.
// Every choice is a fixed rule over codes, so the same 2024 lists always give the same 2025 lists.
// Usage (from the repository root):  dotnet run scripts/versions/make-demo-releases.cs -- lists
// See docs/versions.md ("The default lists' releases").

using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation;
using PowerList.Versions.Snapshots;
using PowerList.Writing;

var root = Path.GetFullPath(args.Length > 0 ? args[0] : "lists");
var store = new ReleaseStore(root);
var bag = new DiagnosticBag();
if (!store.ReadManifest(bag).Releases.IsEmpty)
{
    Console.Error.WriteLine($"{root} already has releases; nothing done.");
    return 2;
}

var lists = Load(root);
var release2024 = store.Create(lists, new ReleaseInfo
{
    Version = "2024",
    Date = "2024-12-31",
    Title = "克拉玛依市2024年权责清单",
    Document = "",
}, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.ToSortedList()));
Console.WriteLine($"release 2024: {release2024.PublicEntries} public entries, sha256 {release2024.Sha256}");

const string Demo = "（演示数据：据2024年版模拟的年度调整）";
var changed = new HashSet<string>(StringComparer.Ordinal);
var files = lists.Files.ToDictionary(f => $"{f.Department}/{f.Category}", f => f.Entries.ToList(), StringComparer.Ordinal);
var all = lists.PublicEntries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();

void Replace(Entry old, Entry? now)
{
    var key = $"{old.Department}/{old.Category}";
    var list = files[key];
    var i = list.FindIndex(e => e.Code == old.Code);
    if (now is null) list.RemoveAt(i); else list[i] = now;
    changed.Add(key);
}

// 1. 下放: every fourth 行政许可 or 行政确认 entry exercised only at the city level → the district level.
static bool CityOnly(Entry e) => e.Levels.Length == 1 && e.Levels[0].Name is "地州市级" or "市级";
var delegated = all.Where(e => e.Category is "xk" or "qr" && CityOnly(e)).Where((_, i) => i % 4 == 0).Take(15).ToList();
foreach (var e in delegated)
{
    Replace(e, e with
    {
        Levels = [new Level { Name = "县市区级", Scope = "由各区人民政府相关部门负责本辖区内的实施；市级部门负责指导和监督" }],
        Adjustments = e.Adjustments.Add(new Adjustment
        {
            Type = "下放", Document = "克政发〔2025〕9号", Date = "2025-03-31",
            Note = "按照深化“放管服”改革要求，下放至各区实施" + Demo,
        }),
    });
}

// 2. 调整 (legal basis): entries citing the Energy Conservation Law also cite the Energy Law in force since 2025-01-01.
var conservation = lists.Laws.FirstOrDefault(l => l.Title == "中华人民共和国节约能源法")?.Id ?? "";
var amended = all.Where(e => !delegated.Contains(e) && e.Basis.Any(c => c.Law == conservation)).ToList();
foreach (var e in amended)
{
    Replace(e, e with
    {
        Basis = e.Basis.Add(new Citation { Text = "《中华人民共和国能源法》（2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议通过，自2025年1月1日起施行）" }),
        Adjustments = e.Adjustments.Add(new Adjustment
        {
            Type = "调整", Document = "克政办发〔2025〕6号", Date = "2025-02-28",
            Note = "《中华人民共和国能源法》施行，补充法定依据" + Demo,
        }),
    });
}

// 3. 合并: the two grain-storage inspections of the development and reform commission become one new entry.
var grain = all.Where(e => e.Department == "fgw" && e.Category == "jc" && e.Name.Contains("粮油", StringComparison.Ordinal) && !e.Name.Contains("储备", StringComparison.Ordinal))
    .Take(2).ToList();
if (grain.Count == 2)
{
    var last = files["fgw/jc"].Select(e => e.Code).Where(c => c.StartsWith("650200-FGW-JC-", StringComparison.Ordinal))
        .Select(c => int.TryParse(c["650200-FGW-JC-".Length..], out var n) ? n : 0).Max();
    var merged = grain[0] with
    {
        Code = $"650200-FGW-JC-{last + 1:0000}",
        Name = "对粮油出入库、储存管理及粮油仓储单位备案情况的检查",
        Basis = [.. grain.SelectMany(g => g.Basis).Distinct()],
        Adjustments =
        [
            new Adjustment
            {
                Type = "合并", Document = "克政办发〔2025〕6号", Date = "2025-02-28",
                Note = "两项检查合并实施，减少重复检查" + Demo, Replaces = [.. grain.Select(g => g.Code)],
            },
        ],
    };
    // The two old codes stay in the lists with their ending recorded (docs/format.md "The life of a power").
    foreach (var g in grain)
    {
        Replace(g, g with { Ended = Ended("合并", "2025-02-28", "克政办发〔2025〕6号（演示）", "两项检查合并实施，减少重复检查" + Demo, [merged.Code]) });
    }

    var list = files["fgw/jc"];
    list.Insert(list.FindIndex(e => e.Code == grain[^1].Code) + 1, merged);
}

// 4. 取消: every seventh 其他行政权力 entry (not touched above) is abolished.
var touched = delegated.Concat(amended).Concat(grain).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
var abolished = all.Where(e => e.Category == "qt" && !touched.Contains(e.Code)).Where((_, i) => i % 7 == 3).Take(12).ToList();
foreach (var e in abolished)
{
    Replace(e, e with { Ended = Ended("取消", "2025-03-31", "克政发〔2025〕10号（演示）", "该事项已无法律法规依据或实际办理需求，予以取消" + Demo, []) });
}

static Ending Ended(string type, string date, string document, string reason, ImmutableArray<string> successors) =>
    new() { Type = type, Date = date, Document = document, Reason = reason, Successors = successors };

foreach (var key in changed.Order(StringComparer.Ordinal))
{
    var (department, category) = (key.Split('/')[0], key.Split('/')[1]);
    File.WriteAllText(Path.Combine(root, department, category + ".yaml"), ListYaml.ListFile(department, category, files[key]));
}

Console.WriteLine($"changes: 下放 {delegated.Count}, 调整 {amended.Count}, 合并 {(grain.Count == 2 ? 1 : 0)} (of 2), 取消 {abolished.Count}; {changed.Count} files rewritten");

var release2025 = store.Create(Load(root), new ReleaseInfo
{
    Version = "2025",
    Date = "2025-06-30",
    Title = "克拉玛依市2025年权责清单（演示：据2024年版模拟调整）",
    Document = "克政办发〔2025〕8号（演示）",
}, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.ToSortedList()));
Console.WriteLine($"release 2025: {release2025.PublicEntries} public entries, sha256 {release2025.Sha256}");
return 0;

static ListSet Load(string root)
{
    var loaded = ListLoader.Load(root);
    var errors = loaded.Diagnostics.Concat(ListValidator.Validate(loaded.Lists, loaded.Unreadable)).Where(d => d.IsError).ToList();
    if (errors.Count > 0)
    {
        throw new InvalidOperationException("lists have errors:\n" + string.Join("\n", errors.Take(20).Select(d => d.Format())));
    }

    return loaded.Lists;
}
