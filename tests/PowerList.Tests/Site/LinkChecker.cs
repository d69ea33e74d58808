using AngleSharp.Html.Parser;

namespace PowerList.Tests.Site;

/// <summary>Parses every HTML file of a built site and lists internal href/src values that resolve to no file.</summary>
public static class LinkChecker
{
    /// <param name="basePath">The path part of base_url (e.g. <c>/klmy/</c>): root-absolute links (404.html) start with it.</param>
    public static IReadOnlyList<string> BrokenLinks(string site, string basePath)
    {
        var root = Path.GetFullPath(site);
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            var pageDir = Path.GetDirectoryName(file)!;
            var links = doc.QuerySelectorAll("[href],[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Distinct(StringComparer.Ordinal);
            foreach (var link in links)
            {
                if (link.Contains(':') || link.StartsWith("//", StringComparison.Ordinal))
                {
                    continue; // https:, tel:, mailto: (external)
                }

                var target = link.Split('#', 2)[0].Split('?', 2)[0];
                if (target.Length == 0)
                {
                    var fragment = link.Length > 1 ? link[1..] : "";
                    if (fragment.Length > 0 && doc.GetElementById(fragment) is null)
                    {
                        broken.Add($"{Path.GetRelativePath(root, file)} → {link}（页内没有这个锚点）");
                    }

                    continue;
                }

                string full;
                if (target.StartsWith('/'))
                {
                    if (!target.StartsWith(basePath, StringComparison.Ordinal))
                    {
                        broken.Add($"{Path.GetRelativePath(root, file)} → {link}（不在 {basePath} 下）");
                        continue;
                    }

                    full = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(target[basePath.Length..])));
                }
                else
                {
                    full = Path.GetFullPath(Path.Combine(pageDir, Uri.UnescapeDataString(target)));
                }

                if (target.EndsWith('/'))
                {
                    full = Path.Combine(full, "index.html");
                }

                if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
                {
                    broken.Add($"{Path.GetRelativePath(root, file)} → {link}");
                }
            }
        }

        return broken;
    }
}
