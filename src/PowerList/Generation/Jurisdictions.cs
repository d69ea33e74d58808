namespace PowerList.Generation;

/// <summary>
/// The places of a generated province: real prefecture and county names of Xinjiang with synthetic division codes
/// (6 digits, unique). Past the end of the list, names repeat with a number (第2 …) so any size can be generated.
/// </summary>
public static class Jurisdictions
{
    public const string Province = "新疆维吾尔自治区";

    public const string ProvinceCode = "650000";

    private static readonly string[] Names =
    [
        "乌鲁木齐市", "克拉玛依市", "吐鲁番市", "哈密市", "昌吉回族自治州", "博尔塔拉蒙古自治州", "巴音郭楞蒙古自治州",
        "阿克苏地区", "克孜勒苏柯尔克孜自治州", "喀什地区", "和田地区", "伊犁哈萨克自治州", "塔城地区", "阿勒泰地区",
        "天山区", "沙依巴克区", "新市区", "水磨沟区", "头屯河区", "达坂城区", "米东区", "乌鲁木齐县", "独山子区",
        "克拉玛依区", "白碱滩区", "乌尔禾区", "高昌区", "鄯善县", "托克逊县", "伊州区", "巴里坤哈萨克自治县", "伊吾县",
        "昌吉市", "阜康市", "呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县", "博乐市", "阿拉山口市",
        "精河县", "温泉县", "库尔勒市", "轮台县", "尉犁县", "若羌县", "且末县", "焉耆回族自治县", "和静县", "和硕县",
        "博湖县", "阿克苏市", "库车市", "温宿县", "沙雅县", "新和县", "拜城县", "乌什县", "阿瓦提县", "柯坪县",
        "阿图什市", "阿克陶县", "阿合奇县", "乌恰县", "喀什市", "疏附县", "疏勒县", "英吉沙县", "泽普县", "莎车县",
        "叶城县", "麦盖提县", "岳普湖县", "伽师县", "巴楚县", "塔什库尔干塔吉克自治县", "和田市", "和田县", "墨玉县",
        "皮山县", "洛浦县", "策勒县", "于田县", "民丰县", "伊宁市", "奎屯市", "霍尔果斯市", "伊宁县",
        "察布查尔锡伯自治县", "霍城县", "巩留县", "新源县", "昭苏县", "特克斯县", "尼勒克县", "塔城市", "乌苏市",
        "沙湾市", "额敏县", "托里县", "裕民县", "和布克赛尔蒙古自治县", "阿勒泰市", "布尔津县", "富蕴县", "福海县",
        "哈巴河县", "青河县", "吉木乃县",
    ];

    /// <summary>The name of the <paramref name="index"/>-th place (0-based).</summary>
    public static string Name(int index)
    {
        var round = index / Names.Length;
        var name = Names[index % Names.Length];
        return round == 0 ? name : $"{name}第{round + 1}片区";
    }

    /// <summary>A unique six-digit division code for the <paramref name="index"/>-th place (650001 …).</summary>
    public static string Code(int index) => (650001 + index).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
