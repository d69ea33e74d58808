using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Versions.Snapshots;
using PowerList.Writing;

namespace PowerList.Tests.Versions;

/// <summary>
/// A scripted history of three releases in which every way a power ends happens (docs/format.md "The life of a
/// power"), each ending recorded in the lists (<c>ended:</c>) except one code deleted and re-added under a new code:
/// <list type="bullet">
/// <item>2023: A 价格认定, B and C two grain inspections, D a licence, E 价格监测, R 粮食收购资格认定, H 价格政策宣传;</item>
/// <item>2024: A abolished (取消), B and C merged (合并) into the new M, R renamed 粮食收购资格备案 (same code);</item>
/// <item>2025: D delegated (下放), E transferred (转移) to scjg as S, H deleted and re-added as H2 whose <c>replaces</c> names it.</item>
/// </list>
/// The current lists are release 2025's. <see cref="Expected"/> is the status every code ever published must show.
/// </summary>
public static class EndingsHistory
{
    public const string A = "650200-FGW-QT-0001", B = "650200-FGW-JC-0001", C = "650200-FGW-JC-0002", M = "650200-FGW-JC-0003";
    public const string D = "650200-FGW-XK-0001", E = "650200-FGW-QT-0002", S = "650200-SCJG-QT-0001", R = "650200-FGW-XK-0002";
    public const string H = "650200-FGW-QT-0003", H2 = "650200-FGW-QT-0004";

    /// <summary>Every code ever published → the status label its page must show (现行 for powers in force).</summary>
    public static IReadOnlyDictionary<string, string> Expected { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [A] = "已取消", [B] = "已合并", [C] = "已合并", [M] = "现行", [D] = "已下放", [E] = "已转移", [S] = "现行",
        [R] = "现行", [H] = "已合并", [H2] = "现行",
    };

    /// <summary>Writes the 2025 lists to <paramref name="lists"/> with releases 2023, 2024 and 2025 recorded beside them.</summary>
    public static ListSet Write(string lists)
    {
        var store = new ReleaseStore(lists);
        var steps = new[] { ("2023", "2023-12-31"), ("2024", "2024-12-31"), ("2025", "2025-12-31") };
        ListSet? last = null;
        foreach (var (version, date) in steps)
        {
            last = Lists(lists, version);
            if (Directory.Exists(lists))
            {
                foreach (var dir in Directory.GetDirectories(lists).Where(d => !Path.GetFileName(d).StartsWith('_') && Path.GetFileName(d) != "releases"))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }

            ListsWriter.Write(lists, last);
            var bag = new DiagnosticBag();
            store.Create(PowerList.Loading.ListLoader.Load(lists).Lists, new ReleaseInfo { Version = version, Date = date, Title = $"{version} 年版", Document = $"克政办发〔{version}〕1号" }, bag)
                .ShouldNotBeNull(string.Join("\n", bag.ToSortedList().Select(d => d.Format())));
        }

        return last!;
    }

    private static ListSet Lists(string root, string version)
    {
        var y2024 = string.CompareOrdinal(version, "2024") >= 0;
        var y2025 = string.CompareOrdinal(version, "2025") >= 0;
        Entry E(string code, string name, string department, string category) => new()
        {
            Code = code, Name = name, Department = department, Category = category,
            Basis = [new Citation { Law = "price-law", Articles = "第一条" }],
            Subject = department == "fgw" ? "克拉玛依市发展和改革委员会" : "克拉玛依市市场监督管理局",
        };

        var fgwQt = new List<Entry>
        {
            E(A, "价格认定", "fgw", "qt") with
            {
                Ended = y2024 ? new Ending { Type = "取消", Date = "2024-06-30", Document = "克政发〔2024〕20号", Reason = "上位法修改后不再设定" } : null,
            },
            E(EndingsHistory.E, "价格监测", "fgw", "qt") with
            {
                Ended = y2025 ? new Ending { Type = "转移", Date = "2025-06-30", Document = "克编发〔2025〕3号", Reason = "职责划转", To = "克拉玛依市市场监督管理局", Successors = [S] } : null,
            },
        };
        if (!y2025)
        {
            fgwQt.Add(E(H, "价格政策宣传", "fgw", "qt"));
        }
        else
        {
            fgwQt.Add(E(H2, "价格政策宣传和解读", "fgw", "qt") with
            {
                Adjustments = [new Adjustment { Type = "调整", Document = "克政办发〔2025〕5号", Date = "2025-05-01", Note = "重新编码", Replaces = [H] }],
            });
        }

        var fgwJc = new List<Entry>
        {
            E(B, "对粮油储存的检查", "fgw", "jc") with { Ended = y2024 ? Merged() : null },
            E(C, "对粮油出入库的检查", "fgw", "jc") with { Ended = y2024 ? Merged() : null },
        };
        if (y2024)
        {
            fgwJc.Add(E(M, "对粮油出入库和储存的检查", "fgw", "jc") with
            {
                Adjustments = [new Adjustment { Type = "合并", Document = "克政办发〔2024〕6号", Date = "2024-07-01", Replaces = [B, C] }],
            });
        }

        var fgwXk = new List<Entry>
        {
            E(D, "企业投资项目核准", "fgw", "xk") with
            {
                Ended = y2025 ? new Ending { Type = "下放", Date = "2025-03-31", Document = "克政发〔2025〕9号", Reason = "深化放管服改革", To = "各区人民政府发展改革部门" } : null,
            },
            E(R, y2024 ? "粮食收购资格备案" : "粮食收购资格认定", "fgw", "xk"),
        };
        var scjgQt = y2025
            ? new List<Entry> { E(S, "价格监测", "scjg", "qt") with { Adjustments = [new Adjustment { Type = "新增", Document = "克编发〔2025〕3号", Date = "2025-06-30", Note = "由市发展改革委划入" }] } }
            : [];

        ListFile File(string department, string category, List<Entry> entries) => new()
        {
            Path = Path.Combine(root, department, category + ".yaml"), Department = department, Category = category, Entries = [.. entries],
        };

        return new ListSet
        {
            Root = root,
            Site = new SiteInfo { Jurisdiction = "克拉玛依市", DivisionCode = "650200", Title = "克拉玛依市权责清单", BaseUrl = "https://qzqd.example.gov.cn/" },
            Categories =
            [
                new Category { Code = "xk", Name = "行政许可", Order = 1 }, new Category { Code = "jc", Name = "行政检查", Order = 6 },
                new Category { Code = "qt", Name = "其他行政权力", Order = 10 },
            ],
            Departments = [new Department { Id = "fgw", Name = "克拉玛依市发展和改革委员会", Order = 1 }, new Department { Id = "scjg", Name = "克拉玛依市市场监督管理局", Order = 2 }],
            Laws = [new Law { Id = "price-law", Title = "中华人民共和国价格法", Level = "法律", Status = "现行有效" }],
            Files =
            [
                File("fgw", "jc", fgwJc), File("fgw", "qt", fgwQt), File("fgw", "xk", fgwXk),
                .. scjgQt.Count > 0 ? [File("scjg", "qt", scjgQt)] : Array.Empty<ListFile>(),
            ],
        };

        static Ending Merged() => new() { Type = "合并", Date = "2024-07-01", Document = "克政办发〔2024〕6号", Reason = "两项检查合并实施", Successors = [M] };
    }
}
