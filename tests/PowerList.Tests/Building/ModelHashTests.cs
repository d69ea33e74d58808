using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Building;

namespace PowerList.Tests.Building;

/// <summary>
/// <see cref="ModelHash"/> must change whenever any field a page could show changes: for every field of every
/// record (found by reflection, so a field added to the model later is covered too), each way of changing it
/// (text, flag, number, an item added to, removed from or changed in a list, a missing part given) gives a
/// different hash; where the record came from (<see cref="SourceInfo"/>) does not count.
/// </summary>
public sealed class ModelHashTests
{
    private static readonly Dictionary<string, object> Samples = new(StringComparer.Ordinal)
    {
        ["entry"] = SampleEntry(),
        ["entry-empty"] = new Entry { Code = "E1" },
        ["law"] = new Law { Id = "L1", Title = "某法", Aliases = ["简称"], Level = "法律", Issuer = "全国人大常委会", Promulgated = "2000-01-01", Effective = "2000-06-01", Revision = "2020 年修正", Status = "现行有效", ReplacedBy = "" },
        ["site"] = new SiteInfo { Jurisdiction = "某市", DivisionCode = "650200", Level = "地州市级", Title = "某市权责清单", BaseUrl = "https://example.org/", SupervisionPhone = "12345", DefaultRemedies = ["行政复议"], Description = "说明" },
        ["department"] = new Department { Id = "d", Name = "某局", ShortName = "局", Kind = "政府工作部门", Address = "某路 1 号", Phone = "0990-1", Website = "https://d.example.org/", Order = 1 },
        ["category"] = new Category { Code = "cf", Name = "行政处罚", Order = 2, Description = "说明" },
    };

    public static TheoryData<string, string> Changes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, sample) in Samples)
        {
            foreach (var (path, _) in Variants(sample.GetType(), sample, "", 0))
            {
                data.Add(name, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_of_a_field_changes_the_hash(string sample, string path)
    {
        var original = Samples[sample];
        var changed = Variants(original.GetType(), original, "", 0).Single(v => v.Path == path).Value;

        changed.ShouldNotBe(original, $"{sample}: {path} is a real change");
        ModelHash.Of(changed!).ShouldNotBe(ModelHash.Of(original), $"{sample}: {path}");
    }

    [Fact]
    public void Every_field_of_an_entry_is_reached()
    {
        var paths = Variants(typeof(Entry), SampleEntry(), "", 0).Select(v => v.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var property in Fields(typeof(Entry)))
        {
            paths.ShouldContain(p => p == property.Name || p.StartsWith(property.Name + ".", StringComparison.Ordinal) || p.StartsWith(property.Name + "[", StringComparison.Ordinal), property.Name);
        }

        paths.ShouldContain("SubItems[0].Basis[0].Quote");
        paths.ShouldContain("Process.Steps[0].TimeLimit");
        paths.ShouldContain("Extra[来源]");
    }

    [Fact]
    public void Where_a_record_came_from_does_not_count_and_equal_content_hashes_equal()
    {
        var entry = SampleEntry();
        var moved = entry with
        {
            Source = SourceInfo.At(new SourceLocation("other.yaml", 99, 3)),
            Basis = [.. entry.Basis.Select(c => c with { Source = SourceInfo.At(new SourceLocation("other.yaml", 100, 5)) })],
        };

        ModelHash.Of(moved).ShouldBe(ModelHash.Of(entry));
        ModelHash.Of(SampleEntry()).ShouldBe(ModelHash.Of(entry));
    }

    [Fact]
    public void Texts_are_told_apart_where_they_split()
    {
        // Length prefixes: moving a character from one field to the next is a change.
        ModelHash.Of(new Level { Name = "ab", Scope = "c" }).ShouldNotBe(ModelHash.Of(new Level { Name = "a", Scope = "bc" }));
        ModelHash.Of(new Entry { Remedies = ["a", "b"] }).ShouldNotBe(ModelHash.Of(new Entry { Remedies = ["ab"] }));
        ModelHash.Of(new Entry { Fees = null }).ShouldNotBe(ModelHash.Of(new Entry { Fees = new Fees() }));
    }

    private static Entry SampleEntry() => new()
    {
        Code = "SCJG-CF-0001",
        Name = "对某违法行为的处罚",
        Catalogue = "CF-0001",
        Department = "scjg",
        Category = "cf",
        SubItems = [new SubItem { Code = "SCJG-CF-0001-1", Name = "子项", Basis = [new Citation { Law = "L1", Articles = "第一条", Quote = "原文", Text = "" }], Notes = "备注" }],
        Basis = [new Citation { Law = "L1", Articles = "第二条", Quote = "原文" }, new Citation { Text = "自由文本依据" }],
        Subject = "某局",
        Handler = "执法科",
        Levels = [new Level { Name = "市级", Scope = "全市", Subject = "某局" }],
        Duties = "职责",
        Responsibilities = [new Responsibility { Stage = "受理", Content = "内容", Basis = "依据" }],
        Accountable = "对象",
        Accountability = "情形",
        Process = new ProcessInfo { Steps = [new ProcessStep { Name = "受理", Description = "说明", TimeLimit = "5 日" }], StatutoryLimit = "20 日", PromisedLimit = "10 日" },
        Fees = new Fees { Charged = true, Basis = "依据", Standard = "标准" },
        Supervision = new Supervision { Method = "方式", Phone = "12345" },
        Remedies = ["行政复议", "行政诉讼"],
        Notes = "**备注**",
        Public = true,
        Adjustments = [new Adjustment { Type = "调整", Document = "文件", Date = "2024-01-01", Note = "说明", Replaces = ["SCJG-CF-0002"] }],
        Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("来源", "导入")]),
        Ended = new Ending { Type = "转移", Date = "2025-06-30", Document = "文件", Reason = "理由", Successors = ["SCJG-CF-0003"], To = "某局" },
    };

    private static IEnumerable<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(SourceInfo));

    /// <summary>Every single change of <paramref name="value"/> this test knows how to make, by path.</summary>
    private static IEnumerable<(string Path, object? Value)> Variants(Type type, object? value, string path, int depth)
    {
        if (depth > 5)
        {
            yield break;
        }

        if (type == typeof(string))
        {
            yield return (path, (string?)value + "改");
        }
        else if (type == typeof(bool))
        {
            yield return (path, !(bool)value!);
        }
        else if (type == typeof(int))
        {
            yield return (path, (int)value! + 1);
        }
        else if (type == typeof(ImmutableArray<string>))
        {
            var items = (ImmutableArray<string>)value!;
            yield return (path + "+", items.Add("新"));
            for (var i = 0; i < items.Length; i++)
            {
                yield return ($"{path}[{i}]", items.SetItem(i, items[i] + "改"));
            }

            if (items.Length > 0)
            {
                yield return (path + "-", items.RemoveAt(items.Length - 1));
            }
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = ((IEnumerable)value!).Cast<object>().ToList();
            object Make(IEnumerable<object> list) => typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.CreateRange) && m.GetParameters().Length == 1)
                .MakeGenericMethod(element).Invoke(null, [CastList(list, element)])!;
            yield return (path + "+", Make([.. items, Activator.CreateInstance(element)!]));
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var (p, v) in Variants(element, items[i], $"{path}[{i}]", depth + 1))
                {
                    var copy = items.ToList();
                    copy[i] = v!;
                    yield return (p, Make(copy));
                }
            }

            if (items.Count > 0)
            {
                yield return (path + "-", Make(items.Take(items.Count - 1)));
            }
        }
        else if (type == typeof(ImmutableSortedDictionary<string, string>))
        {
            var map = (ImmutableSortedDictionary<string, string>)value!;
            yield return (path + "+", map.Add("新键", "值"));
            foreach (var key in map.Keys)
            {
                yield return ($"{path}[{key}]", map.SetItem(key, map[key] + "改"));
            }
        }
        else if (value is null)
        {
            yield return (path + "=new", Activator.CreateInstance(type));
        }
        else if (type.GetMethod("<Clone>$") is { } clone)
        {
            foreach (var property in Fields(type))
            {
                var name = path.Length == 0 ? property.Name : path + "." + property.Name;
                foreach (var (p, v) in Variants(property.PropertyType, property.GetValue(value), name, depth + 1))
                {
                    var copy = clone.Invoke(value, null)!;
                    property.SetValue(copy, v);
                    yield return (p, copy);
                }
            }
        }
        else
        {
            throw new NotSupportedException($"{path}: {type}");
        }
    }

    private static object CastList(IEnumerable<object> items, Type element) =>
        typeof(Enumerable).GetMethod(nameof(Enumerable.Cast))!.MakeGenericMethod(element).Invoke(null, [items])!;
}
