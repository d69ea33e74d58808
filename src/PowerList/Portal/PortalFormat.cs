using PowerList.Format;

namespace PowerList.Portal;

/// <summary>The keys of <c>portal.yaml</c>.</summary>
public static class PortalFormat
{
    public static Shape PortalFile { get; } = new("portal_file", "门户信息", "portal.yaml：多辖区门户的标题和网址",
    [
        new Field("title", FieldKind.Text, "门户标题", "如：湖北省权责清单") { Required = true },
        new Field("description", FieldKind.Text, "门户简介", "门户首页上的介绍"),
        new Field("base_url", FieldKind.Text, "门户网址", "发布后的绝对地址，以 / 结尾；各辖区网站在其下的 j/<辖区>/"),
    ]);
}
