using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PowerList.Output;
using PowerList.Search.Querying;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist search QUERY</c>: queries a built site's search index with the browser's semantics.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "检索词（可含空格分隔的多个词、职权编码、繁体字）" };
        var site = new Option<string>("--site") { Description = "已生成的网站目录", DefaultValueFactory = _ => "site" };
        var department = new Option<string?>("--department") { Description = "只看该部门（部门 id）" };
        var category = new Option<string?>("--category") { Description = "只看该类别（类别代码如 cf，或名称如 行政处罚）" };
        var level = new Option<string?>("--level") { Description = "只看该实施层级" };
        var status = new Option<string>("--status") { Description = "现行或已调整：in_force（现行）、ended（已取消、合并、下放或转移）、all（全部，默认；已调整的排在现行之后）", DefaultValueFactory = _ => "all" };
        status.AcceptOnlyFromAmong("in_force", "ended", "all");
        var limit = new Option<int>("--limit") { Description = "最多显示多少条", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        var command = new Command("search", "在已生成网站的搜索索引中检索（与网页搜索同一语义）");
        command.Arguments.Add(query);
        command.Options.Add(site);
        command.Options.Add(department);
        command.Options.Add(category);
        command.Options.Add(level);
        command.Options.Add(status);
        command.Options.Add(limit);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var fmt = parse.GetValue(format) ?? "text";
            if (fmt != "text" && fmt != "json")
            {
                error.WriteLine($"powerlist search: 未知的输出格式 {fmt}（可用 text、json）");
                return CliApp.ExitUsage;
            }

            var n = parse.GetValue(limit);
            if (n < 1)
            {
                error.WriteLine("powerlist search: --limit 必须大于 0");
                return CliApp.ExitUsage;
            }

            var folder = Path.Combine(parse.GetValue(site) ?? "site", SiteUrls.SearchIndexFolder);
            if (!File.Exists(Path.Combine(folder, "meta.jgz")))
            {
                error.WriteLine($"powerlist search: 找不到搜索索引 {Path.Combine(folder, "meta.jgz")}，请先运行 powerlist build 或用 --site 指定网站目录");
                return CliApp.ExitUsage;
            }

            var engine = SearchEngine.FromFolder(folder);
            var categoryValue = parse.GetValue(category);
            if (categoryValue is { Length: > 0 } && engine.Meta.Categories.All(c => c.Key != categoryValue))
            {
                categoryValue = engine.Meta.Categories.FirstOrDefault(c => c.Name == categoryValue).Key ?? categoryValue;
            }

            var response = engine.Search(new SearchRequest(parse.GetValue(query) ?? "", parse.GetValue(department), categoryValue, parse.GetValue(level), n, Facets: false, Status: parse.GetValue(status) is "all" or null ? null : parse.GetValue(status))); // no facet counts printed
            if (fmt == "json")
            {
                output.WriteLine(Json(response));
                return CliApp.ExitOk;
            }

            output.WriteLine($"共 {response.Total} 条结果" + (response.Total > response.Hits.Count ? $"，显示前 {response.Hits.Count} 条" : ""));
            foreach (var hit in response.Hits)
            {
                var label = hit.Status == PowerList.Model.EntryStatus.InForce ? "" : $"（{PowerList.Model.EntryStatus.Label(hit.Status)}）";
                output.WriteLine($"{hit.Score,8}  {hit.Code}  {hit.Name}{label}  [{hit.Department}/{hit.Category}]  {hit.Url}");
                if (hit.Snippet.Text.Length > 0)
                {
                    output.WriteLine($"          {hit.Snippet.Field}：{hit.Snippet.Text}");
                }

                if (hit.OnlineUrl.Length > 0)
                {
                    output.WriteLine($"          在线办理：{hit.OnlineUrl}");
                }

                if (hit.GuideUrl.Length > 0)
                {
                    output.WriteLine($"          办事指南：{hit.GuideUrl}");
                }
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The snippet's text, HTML-escaped, with its marks as <c>&lt;mark&gt;</c> elements.</summary>
    private static string Marked(Snippet snippet)
    {
        var html = new System.Text.StringBuilder();
        var at = 0;
        foreach (var mark in snippet.Marks)
        {
            html.Append(System.Net.WebUtility.HtmlEncode(snippet.Text[at..mark[0]]))
                .Append("<mark>").Append(System.Net.WebUtility.HtmlEncode(snippet.Text.Substring(mark[0], mark[1]))).Append("</mark>");
            at = mark[0] + mark[1];
        }

        return html.Append(System.Net.WebUtility.HtmlEncode(snippet.Text[at..])).ToString();
    }

    private static string Json(SearchResponse response)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartArray();
            foreach (var hit in response.Hits)
            {
                w.WriteStartObject();
                w.WriteString("code", hit.Code);
                w.WriteString("name", hit.Name);
                w.WriteString("department", hit.Department);
                w.WriteString("category", hit.Category);
                w.WriteString("url", hit.Url);
                w.WriteNumber("score", hit.Score);
                w.WriteString("status", hit.Status);
                w.WriteBoolean("partial", hit.Partial);
                w.WriteString("guide_url", hit.GuideUrl);
                w.WriteString("online_url", hit.OnlineUrl);
                w.WriteStartObject("snippet");
                w.WriteString("field", hit.Snippet.Field);
                w.WriteString("text", hit.Snippet.Text);
                w.WriteString("marked", Marked(hit.Snippet));
                w.WriteStartArray("marks");
                foreach (var mark in hit.Snippet.Marks)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(mark[0]);
                    w.WriteNumberValue(mark[1]);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
