using System.Collections.Immutable;
using System.Globalization;
using PowerList.Conformity;

namespace PowerList.Generation;

/// <summary>
/// The places of a generated province (<see cref="ProvinceGenerator"/>): 新疆维吾尔自治区, its 14 prefecture-level
/// divisions with their real division codes, and their real counties, districts and county-level cities (96), followed
/// by ten county-level cities of the 兵团 that are attached here to the prefecture around them so that every county has
/// a city above it. County codes are the city's four digits and a running number (not always the real code).
/// </summary>
public static class ProvincePlaces
{
    public const string ProvinceName = Jurisdictions.Province;

    public const string ProvinceCode = "650000";

    private static readonly (string Name, string Code, string[] Counties)[] Cities =
    [
        ("乌鲁木齐市", "650100", ["天山区", "沙依巴克区", "新市区", "水磨沟区", "头屯河区", "达坂城区", "米东区", "乌鲁木齐县"]),
        ("克拉玛依市", "650200", ["独山子区", "克拉玛依区", "白碱滩区", "乌尔禾区"]),
        ("吐鲁番市", "650400", ["高昌区", "鄯善县", "托克逊县"]),
        ("哈密市", "650500", ["伊州区", "巴里坤哈萨克自治县", "伊吾县"]),
        ("昌吉回族自治州", "652300", ["昌吉市", "阜康市", "呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县", "五家渠市"]),
        ("博尔塔拉蒙古自治州", "652700", ["博乐市", "阿拉山口市", "精河县", "温泉县", "双河市"]),
        ("巴音郭楞蒙古自治州", "652800", ["库尔勒市", "轮台县", "尉犁县", "若羌县", "且末县", "焉耆回族自治县", "和静县", "和硕县", "博湖县", "铁门关市"]),
        ("阿克苏地区", "652900", ["阿克苏市", "库车市", "温宿县", "沙雅县", "新和县", "拜城县", "乌什县", "阿瓦提县", "柯坪县", "阿拉尔市"]),
        ("克孜勒苏柯尔克孜自治州", "653000", ["阿图什市", "阿克陶县", "阿合奇县", "乌恰县"]),
        ("喀什地区", "653100", ["喀什市", "疏附县", "疏勒县", "英吉沙县", "泽普县", "莎车县", "叶城县", "麦盖提县", "岳普湖县", "伽师县", "巴楚县", "塔什库尔干塔吉克自治县", "图木舒克市"]),
        ("和田地区", "653200", ["和田市", "和田县", "墨玉县", "皮山县", "洛浦县", "策勒县", "于田县", "民丰县", "昆玉市"]),
        ("伊犁哈萨克自治州", "654000", ["伊宁市", "奎屯市", "霍尔果斯市", "伊宁县", "察布查尔锡伯自治县", "霍城县", "巩留县", "新源县", "昭苏县", "特克斯县", "尼勒克县", "可克达拉市"]),
        ("塔城地区", "654200", ["塔城市", "乌苏市", "沙湾市", "额敏县", "托里县", "裕民县", "和布克赛尔蒙古自治县", "石河子市", "胡杨河市"]),
        ("阿勒泰地区", "654300", ["阿勒泰市", "布尔津县", "富蕴县", "福海县", "哈巴河县", "青河县", "吉木乃县", "北屯市"]),
    ];

    /// <summary>Most cities and counties there are names for.</summary>
    public static int MaxCities => Cities.Length;

    /// <summary>Counties of the first <paramref name="cities"/> cities.</summary>
    public static int MaxCounties(int cities) => Cities.Take(cities).Sum(c => c.Counties.Length);

    /// <summary>
    /// The province, the first <paramref name="cities"/> cities and <paramref name="counties"/> counties taken in turn
    /// from those cities (one from each, then a second from each …), in that order. The id of each is its division code.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More cities or counties than there are names for.</exception>
    public static ImmutableArray<GeneratedJurisdiction> Select(int cities, int counties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cities);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cities, MaxCities);
        ArgumentOutOfRangeException.ThrowIfNegative(counties);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(counties, MaxCounties(cities));
        var places = new List<GeneratedJurisdiction> { new(ProvinceCode, ProvinceName, JurisdictionLevel.Province, "") };
        places.AddRange(Cities.Take(cities).Select(c => new GeneratedJurisdiction(c.Code, c.Name, JurisdictionLevel.Prefecture, ProvinceCode)));
        var taken = 0;
        for (var round = 0; taken < counties; round++)
        {
            foreach (var city in Cities.Take(cities))
            {
                if (taken < counties && round < city.Counties.Length)
                {
                    var code = city.Code[..4] + (round + 1).ToString("D2", CultureInfo.InvariantCulture);
                    places.Add(new GeneratedJurisdiction(code, city.Counties[round], JurisdictionLevel.County, city.Code));
                    taken++;
                }
            }
        }

        return [.. places];
    }
}
