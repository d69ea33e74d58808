using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PowerList.Import;

/// <summary>
/// Department names and ids. The name comes from the option, a department column, a 部门名称： row, or the
/// file name (附件：, the year and 权责清单 stripped, a leading 市 expanded to the jurisdiction). The id is the
/// pinyin initials from a table of common department names and abbreviations (国动办 → gfdyb), else the initials of
/// the name's characters (<see cref="PinyinInitials"/>: 克拉玛依市口岸办 → kab); only a name with a character outside
/// that table gets <c>d</c> followed by the first eight hex digits of the SHA-256 of its UTF-8 bytes (docs/import.md).
/// </summary>
public static partial class DepartmentNames
{
    private static readonly (string Suffix, string Id)[] Known =
    [
        ("发展和改革委员会", "fgw"), ("发展改革委员会", "fgw"), ("发改委", "fgw"),
        ("市场监督管理局", "scjg"), ("市场监管局", "scjg"),
        ("交通运输局", "jtys"), ("生态环境局", "sthj"), ("农业农村局", "nync"),
        ("人力资源和社会保障局", "rsj"), ("人社局", "rsj"), ("医疗保障局", "ybj"), ("医保局", "ybj"),
        ("科学技术局", "kjj"), ("科技局", "kjj"), ("商务局", "swj"), ("档案局", "daj"),
        ("机关事务管理局", "jgswglj"), ("教育局", "jyj"), ("公安局", "gaj"), ("民政局", "mzj"), ("司法局", "sfj"),
        ("财政局", "czj"), ("自然资源局", "zrzyj"), ("住房和城乡建设局", "zjj"), ("水利局", "slj"),
        ("文化体育广播电视和旅游局", "wtgl"), ("文化和旅游局", "wlj"), ("卫生健康委员会", "wjw"), ("退役军人事务局", "tyjrj"),
        ("应急管理局", "yjglj"), ("审计局", "sjj"), ("统计局", "tjj"), ("林业和草原局", "lcj"), ("工业和信息化局", "gxj"),
        ("城市管理局", "cgj"), ("气象局", "qxj"), ("税务局", "swuj"), ("民族宗教事务委员会", "mzw"), ("国防动员办公室", "gfdyb"),
        ("数据局", "sjuj"), ("住房公积金管理中心", "gjj"), ("地震局", "dzj"), ("粮食和物资储备局", "lsj"),
        ("国动办", "gfdyb"), ("人民防空办公室", "rfb"), ("人防办", "rfb"), ("民宗委", "mzw"), ("网信办", "wxb"),
        ("互联网信息办公室", "wxb"), ("机构编制委员会办公室", "bb"), ("编办", "bb"), ("外事办公室", "wsb"), ("外事办", "wsb"),
        ("信访局", "xfj"), ("退役军人局", "tyjrj"), ("卫健委", "wjw"), ("卫生健康委", "wjw"), ("住建局", "zjj"),
        ("自然资源和规划局", "zrzyj"), ("工信局", "gxj"), ("文旅局", "wlj"), ("文体广旅局", "wtgl"), ("应急局", "yjglj"),
        ("城管局", "cgj"), ("林草局", "lcj"), ("粮食局", "lsj"), ("统战部", "tzb"), ("宣传部", "xcb"), ("组织部", "zzb"),
        ("政法委", "zfw"), ("消防救援支队", "xfzd"), ("气象台", "qxj"), ("烟草专卖局", "yczmj"), ("邮政管理局", "yzglj"),
        ("水务局", "shuiwu"), ("供销合作社", "gxs"), ("供销社", "gxs"), ("残疾人联合会", "cl"), ("残联", "cl"),
        ("妇女联合会", "fl"), ("妇联", "fl"), ("总工会", "zgh"), ("工商业联合会", "gsl"), ("工商联", "gsl"),
        ("科学技术协会", "kx"), ("科协", "kx"), ("红十字会", "hszh"), ("融媒体中心", "rmt"), ("政务服务和公共资源交易中心", "zwfw"),
        ("政务服务管理局", "zwfw"), ("行政审批局", "xzsp"), ("国有资产监督管理委员会", "gzw"), ("国资委", "gzw"),
        ("人民政府办公室", "zfb"), ("政府办", "zfb"), ("乡村振兴局", "xczx"), ("民族宗教事务局", "mzw"),
    ];

    /// <summary>The department's full name from a file name, or "" when the file name names none.</summary>
    public static string FromFileName(string path, string jurisdiction)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        name = FileNoise().Replace(name, "");
        name = name.Trim(' ', '-', '_', '—', '（', '）', '(', ')');
        return Expand(name, jurisdiction);
    }

    /// <summary>A title such as 克拉玛依市商务局2024年权责清单 or 部门名称：市机关事务管理局 reduced to the name.</summary>
    public static string FromTitle(string title, string jurisdiction)
    {
        var name = TextCleaner.CleanHeader(title);
        var colon = name.IndexOfAny(['：', ':']);
        if (name.StartsWith("部门名称", StringComparison.Ordinal) && colon > 0)
        {
            name = name[(colon + 1)..];
        }

        name = FileNoise().Replace(name, "");
        return Expand(name, jurisdiction);
    }

    /// <summary>True when a text looks like a department's name (ends with 局, 委员会, 办公室, …).</summary>
    public static bool LooksLikeDepartment(string name) =>
        name.Length is > 1 and <= 40 && DepartmentEnd().IsMatch(name);

    public static string IdFor(string name, string jurisdiction)
    {
        var bare = name.StartsWith(jurisdiction, StringComparison.Ordinal) && jurisdiction.Length > 0 ? name[jurisdiction.Length..] : name;
        foreach (var (suffix, id) in Known)
        {
            if (bare.EndsWith(suffix, StringComparison.Ordinal) || bare.Contains(suffix + "（", StringComparison.Ordinal))
            {
                return id;
            }
        }

        var core = bare.Length > 1 && jurisdiction.Length > 0 && bare[0] == jurisdiction[^1] ? bare[1..] : bare;
        var initials = PinyinInitials.Of(core);
        if (initials.Length > 0)
        {
            initials = initials.Length > 16 ? initials[..16] : initials;
            return initials[0] is >= 'a' and <= 'z' ? initials : "d" + initials;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return "d" + Convert.ToHexStringLower(hash)[..8];
    }

    /// <summary>Short name: the full name without the jurisdiction, prefixed 市 (克拉玛依市商务局 → 市商务局).</summary>
    public static string ShortName(string name, string jurisdiction) =>
        jurisdiction.Length > 0 && name.StartsWith(jurisdiction, StringComparison.Ordinal) && name.Length > jurisdiction.Length
            ? jurisdiction[^1] + name[jurisdiction.Length..]
            : name;

    private static string Expand(string name, string jurisdiction)
    {
        if (name.Length == 0)
        {
            return "";
        }

        if (jurisdiction.Length > 0 && !name.StartsWith(jurisdiction, StringComparison.Ordinal) && name[0] == jurisdiction[^1])
        {
            return jurisdiction + name[1..];
        }

        return name;
    }

    [GeneratedRegex(@"^附件\s*\d*\s*[：:]?|\d{4}\s*年度?|权责清单|权力清单|责任清单|清单|汇总表|[（(]\s*\d*\s*项\s*[）)]|[（(]?(征求意见稿|公示稿|送审稿|修订稿|定稿|终稿|最终版|修订版|发布版)[）)]?|(对外)?(公示|公开|公布|发布)(表|版|稿)?$|^[\d\s._-]+|[\s._-]+$")]
    private static partial Regex FileNoise();

    [GeneratedRegex(@"(局|委员会|委|办公室|办|厅|院|中心|会|署|处|站|队|所|部)$")]
    private static partial Regex DepartmentEnd();
}
