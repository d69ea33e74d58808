namespace PowerList.Diagnostics;

/// <summary>
/// The catalogue: every diagnostic PowerList reports while loading and validating lists, with its message template.
/// PL01xx file and YAML, PL02xx structure and types, PL03xx identifiers and references, PL04xx duplicates,
/// PL05xx content, PL07xx the standard catalogue, PL08xx a portal of many jurisdictions (PL06xx, releases, are in Versions/VersionDiagnostics). docs/diagnostics.md documents the same list (a test keeps them in step).
/// </summary>
public static class DiagnosticCodes
{
    private static readonly Severity E = Severity.Error;
    private static readonly Severity W = Severity.Warning;

    // PL01xx: files and YAML syntax
    public static readonly DiagnosticCode YamlSyntax = new("PL0101", E, "YAML 语法错误：{0}", "YAML syntax error");
    public static readonly DiagnosticCode NotUtf8 = new("PL0102", E, "文件不是有效的 UTF-8 编码：此处的字节 0x{0} 无法解码，请用 UTF-8 保存", "file is not valid UTF-8");
    public static readonly DiagnosticCode TabIndent = new("PL0103", E, "不能用制表符（Tab）缩进，请改用空格", "tab used for indentation");
    public static readonly DiagnosticCode DuplicateKey = new("PL0104", E, "键“{0}”重复，第一次出现在第 {1} 行", "duplicate key in a mapping");
    public static readonly DiagnosticCode AnchorAlias = new("PL0105", E, "不支持 YAML 锚点和别名（{0}），请把内容直接写出", "anchors and aliases are not allowed");
    public static readonly DiagnosticCode TooDeep = new("PL0106", E, "嵌套层数超过上限 {0}，文件其余部分未读取", "nesting too deep");
    public static readonly DiagnosticCode ScalarTooLong = new("PL0107", E, "文本过长：{0} 个字符，上限 {1}", "scalar too long");
    public static readonly DiagnosticCode FileTooLarge = new("PL0108", E, "文件过大：{0} 字节，上限 {1} 字节，未读取", "file too large");
    public static readonly DiagnosticCode TooManyNodes = new("PL0109", E, "文件中的值超过上限 {0} 个，文件其余部分未读取", "too many nodes in one file");
    public static readonly DiagnosticCode FileUnreadable = new("PL0110", E, "无法读取文件：{0}", "file cannot be read");
    public static readonly DiagnosticCode MissingFile = new("PL0111", E, "缺少必需的文件 {0}", "required file missing");
    public static readonly DiagnosticCode MultipleDocuments = new("PL0112", E, "一个文件只能有一个 YAML 文档（多余的“---”）", "more than one YAML document");
    public static readonly DiagnosticCode UnsupportedTag = new("PL0113", E, "不支持 YAML 标签“{0}”", "YAML tags are not allowed");
    public static readonly DiagnosticCode EmptyFile = new("PL0114", E, "文件是空的", "file is empty");
    public static readonly DiagnosticCode StrayFile = new("PL0115", W, "{0}，已忽略", "file or folder in an unexpected place");
    public static readonly DiagnosticCode MoreProblems = new("PL0116", W, "此文件还有 {1} 个 {0} 问题未列出（每个文件每种问题最多列出 100 个）", "more problems of one kind in a file, not listed");
    public static readonly DiagnosticCode LinkOutside = new("PL0120", E, "符号链接指向清单文件夹之外（{0}），未读取", "symbolic link leads outside the lists folder");
    public static readonly DiagnosticCode LinkLoop = new("PL0121", E, "符号链接成环（链接最终又指回自己），未读取", "symbolic link loop");
    public static readonly DiagnosticCode SpecialFile = new("PL0122", E, "这是{0}，不是普通文件，未读取", "special file (FIFO, device, socket) in the lists folder");

    // PL02xx: structure, types, keys
    public static readonly DiagnosticCode UnknownKey = new("PL0201", E, "未知的键“{0}”{1}", "unknown key");
    public static readonly DiagnosticCode WrongType = new("PL0202", E, "“{0}”应为{1}，实际是{2}", "value of the wrong kind");
    public static readonly DiagnosticCode NotBoolean = new("PL0203", E, "“{0}”只能是 true 或 false，实际是“{1}”", "boolean expected");
    public static readonly DiagnosticCode NotInteger = new("PL0204", E, "“{0}”应为整数，实际是“{1}”", "integer expected");
    public static readonly DiagnosticCode MissingField = new("PL0205", E, "{0}缺少必填项“{1}”", "required field missing");
    public static readonly DiagnosticCode ComplexKey = new("PL0206", E, "键必须是文本，不能是{0}", "key is not a scalar");

    // PL03xx: identifiers and references
    public static readonly DiagnosticCode BadCode = new("PL0301", E, "编码“{0}”不合格：{1}", "bad entry or sub-item code");
    public static readonly DiagnosticCode BadId = new("PL0302", E, "{0}“{1}”不合格：{2}", "bad department id, category code or law id");
    public static readonly DiagnosticCode DepartmentMismatch = new("PL0303", E, "文件声明的部门“{0}”与所在文件夹“{1}”不一致", "declared department differs from folder");
    public static readonly DiagnosticCode CategoryMismatch = new("PL0304", E, "文件声明的类别“{0}”与文件名“{1}”不一致", "declared category differs from file name");
    public static readonly DiagnosticCode UnknownDepartment = new("PL0305", E, "部门“{0}”不在 departments.yaml 中{1}", "department not declared");
    public static readonly DiagnosticCode UnknownCategory = new("PL0306", E, "类别“{0}”不在 categories.yaml 中{1}", "category not declared");
    public static readonly DiagnosticCode UnknownLaw = new("PL0307", E, "引用的法规“{0}”不在 laws.yaml 中{1}", "cited law not declared");
    public static readonly DiagnosticCode UnknownReplacement = new("PL0308", E, "replaced_by 指向的法规“{0}”不在 laws.yaml 中{1}", "replaced_by points nowhere");
    public static readonly DiagnosticCode UnknownReplacedCode = new("PL0309", E, "replaces 中的编码“{0}”不存在{1}", "adjustment replaces an unknown code");
    public static readonly DiagnosticCode BadDate = new("PL0310", E, "日期“{0}”无效，应写成 YYYY-MM-DD 的真实日期，如 2024-06-01", "bad date");
    public static readonly DiagnosticCode BadEnum = new("PL0311", E, "“{0}”不是有效的{1}，可选：{2}", "value not in the allowed list");
    public static readonly DiagnosticCode BadDivisionCode = new("PL0312", E, "行政区划代码“{0}”应为 6 位数字", "bad division code");
    public static readonly DiagnosticCode BadBaseUrl = new("PL0313", E, "base_url“{0}”应为以 / 结尾的 http(s) 绝对地址", "bad base URL");
    public static readonly DiagnosticCode EmptyCitation = new("PL0314", E, "依据既没有 law 也没有 text", "citation without law or text");
    public static readonly DiagnosticCode BadPhone = new("PL0315", W, "电话“{0}”无效：只能写数字、空格、-、+、括号和“转”，至少 3 位数字；网站上不会显示为可拨打的链接", "bad phone number");
    public static readonly DiagnosticCode BadUrl = new("PL0316", W, "{0}“{1}”应为{2}；网站上不会显示为链接", "bad URL of a contact or service link");
    public static readonly DiagnosticCode AmbiguousLaw = new("PL0317", E, "“{0}”可以指 laws.yaml 中的多部法规：{1}；请写全称", "law title names more than one law");
    public static readonly DiagnosticCode PrivateReference = new("PL0320", W, "replaces 指向一项不公开的职权（{0}）：这项引用不会公开", "public entry replaces a non-public code");

    // PL04xx: duplicates
    public static readonly DiagnosticCode DuplicateCode = new("PL0401", E, "编码“{0}”重复，另见 {1}", "code used twice");
    public static readonly DiagnosticCode DuplicateId = new("PL0402", E, "{0}“{1}”重复，另见 {2}", "id used twice");
    public static readonly DiagnosticCode DuplicateName = new("PL0403", W, "同一部门同一类别中职权名称“{0}”重复，另见 {1}", "entry name used twice in one list");
    public static readonly DiagnosticCode DuplicateTerm = new("PL0404", W, "同义词“{0}”重复，另见 {1}", "synonym term used twice");

    // PL05xx: content
    public static readonly DiagnosticCode NoBasis = new("PL0501", W, "职权“{0}”没有法定依据", "entry without legal basis");
    public static readonly DiagnosticCode RepealedLaw = new("PL0502", W, "引用的法规“{0}”已废止{1}", "cites a repealed law");
    public static readonly DiagnosticCode ControlCharacter = new("PL0503", E, "文本含有控制字符 U+{0:X4}", "control character in text");
    public static readonly DiagnosticCode EndingUndocumented = new("PL0510", W, "职权“{0}”的终止情况缺少{1}：公众无从核对", "ending without document or date");
    public static readonly DiagnosticCode MergeWithoutTarget = new("PL0511", E, "合并必须在 successors 中写明并入的职权编码", "merge names no successor");
    public static readonly DiagnosticCode UnknownSuccessor = new("PL0512", E, "successors 中的编码“{0}”不存在{1}", "ending names an unknown successor code");
    public static readonly DiagnosticCode AdjustedAfterEnd = new("PL0513", E, "职权已于 {0} 终止，不能再有此后的调整（{1}）", "adjustment dated after the entry ended");
    public static readonly DiagnosticCode SuccessorEnded = new("PL0514", W, "并入的职权“{0}”本身也已终止{1}", "successor has ended too");
    public static readonly DiagnosticCode NoComplaintChannel = new("PL0520", W, "site.yaml 没有投诉渠道（supervision_phone、complaint_phone 或 feedback）：事项页无法告诉群众向哪里反映问题", "site has no complaint channel");
    public static readonly DiagnosticCode NoBaseUrl = new("PL0521", W, "site.yaml 没有 base_url：“引用本条”和规范链接只能是相对地址，也不会写出 sitemap.xml", "site has no base URL");

    // PL07xx: the standard catalogue (catalogue.yaml) and entries' catalogue codes
    public static readonly DiagnosticCode NoCatalogue = new("PL0701", E, "职权写了目录编码“{0}”，但清单中没有 catalogue.yaml", "catalogue code without a catalogue");
    public static readonly DiagnosticCode UnknownCatalogueItem = new("PL0702", E, "目录编码“{0}”不在通用目录中{1}", "catalogue code not in the catalogue");
    public static readonly DiagnosticCode CatalogueCategory = new("PL0703", E, "目录事项的类别“{0}”不在 categories.yaml 中{1}", "catalogue item of an unknown category");
    public static readonly DiagnosticCode CatalogueLevel = new("PL0704", E, "行使层级“{0}”应为 {1} 之一", "catalogue item of an unknown level");
    public static readonly DiagnosticCode CatalogueCategoryDiffers = new("PL0705", W, "职权的类别“{0}”与目录事项“{1}”的类别“{2}”不同", "entry's category differs from its catalogue item's");

    // PL08xx: a portal of many jurisdictions (portal.yaml, jurisdictions/<id>/)
    public static readonly DiagnosticCode BadJurisdictionId = new("PL0801", E, "辖区文件夹名“{0}”不合规：应为小写字母、数字和连字符，以字母或数字开头，至多 40 个字符（如 420100）", "jurisdiction folder name not allowed");
    public static readonly DiagnosticCode UnknownParent = new("PL0802", E, "上级辖区“{0}”不在 jurisdictions/ 中{1}", "parent jurisdiction not in the portal");
    public static readonly DiagnosticCode ParentCycle = new("PL0803", E, "上级辖区形成循环：{0}", "parent jurisdictions form a cycle");
    public static readonly DiagnosticCode LevelNotBelowParent = new("PL0804", E, "辖区层级“{0}”应低于上级辖区 {1} 的层级“{2}”", "jurisdiction's level not below its parent's");
    public static readonly DiagnosticCode NoJurisdictions = new("PL0805", E, "门户中没有辖区：jurisdictions/ 下应有每个辖区的清单文件夹（jurisdictions/<辖区>/site.yaml …）", "portal without jurisdictions");

    /// <summary>Every code, in code order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        YamlSyntax, NotUtf8, TabIndent, DuplicateKey, AnchorAlias, TooDeep, ScalarTooLong, FileTooLarge, TooManyNodes,
        FileUnreadable, MissingFile, MultipleDocuments, UnsupportedTag, EmptyFile, StrayFile, MoreProblems,
        LinkOutside, LinkLoop, SpecialFile,
        UnknownKey, WrongType, NotBoolean, NotInteger, MissingField, ComplexKey,
        BadCode, BadId, DepartmentMismatch, CategoryMismatch, UnknownDepartment, UnknownCategory, UnknownLaw,
        UnknownReplacement, UnknownReplacedCode, BadDate, BadEnum, BadDivisionCode, BadBaseUrl, EmptyCitation, BadPhone, BadUrl, AmbiguousLaw, PrivateReference,
        DuplicateCode, DuplicateId, DuplicateName, DuplicateTerm,
        NoBasis, RepealedLaw, ControlCharacter,
        EndingUndocumented, MergeWithoutTarget, UnknownSuccessor, AdjustedAfterEnd, SuccessorEnded, NoComplaintChannel, NoBaseUrl,
        NoCatalogue, UnknownCatalogueItem, CatalogueCategory, CatalogueLevel, CatalogueCategoryDiffers,
        BadJurisdictionId, UnknownParent, ParentCycle, LevelNotBelowParent, NoJurisdictions,
    ];
}
