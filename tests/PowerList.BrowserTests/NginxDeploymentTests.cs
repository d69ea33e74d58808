using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// The sample site as <c>powerlist build</c> writes it, behind Debian nginx with the shipped deploy/nginx.conf: a
/// large page comes precompressed to a client that accepts gzip and plain to one that does not; a missing URL gets
/// the 404 page with status 404; a small page (no copy) comes plain to any client; the search index files come as they are, without Content-Encoding; every response
/// carries the security headers, whose policy holds every directive of the pages' own; pages are revalidated, assets
/// kept briefly; no folder is listed and the build manifest is not published.
/// </summary>
public sealed class NginxDeploymentTests(ServedSample sample) : IClassFixture<ServedSample>
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false });

    [NginxFact]
    public async Task A_large_page_is_sent_precompressed_to_a_client_that_accepts_gzip()
    {
        var url = await sample.UrlAsync(WebServer.Nginx);
        var path = $"entry/{SampleLists.FullEntryCode}/index.html";
        var page = await File.ReadAllBytesAsync(Path.Combine(sample.SiteFolder, path));
        page.Length.ShouldBeGreaterThanOrEqualTo(PowerList.Site.Compression.Precompression.Default.MinimumBytes, "a large page");
        File.Exists(Path.Combine(sample.SiteFolder, path + ".gz")).ShouldBeTrue("the build wrote its copy");

        using var gzip = await Get(url + $"entry/{SampleLists.FullEntryCode}/", "gzip, deflate, br");
        gzip.StatusCode.ShouldBe(HttpStatusCode.OK);
        gzip.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        gzip.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        gzip.Headers.Vary.ShouldContain("Accept-Encoding");
        var body = await gzip.Content.ReadAsByteArrayAsync();
        body.Length.ShouldBeLessThan(page.Length);
        Gunzip(body).ShouldBe(page);

        using var plain = await Get(url + $"entry/{SampleLists.FullEntryCode}/", null);
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await plain.Content.ReadAsByteArrayAsync()).ShouldBe(page);
    }

    [NginxFact]
    public async Task A_small_page_without_a_copy_is_sent_as_it_is_even_to_a_client_that_accepts_gzip()
    {
        var url = await sample.UrlAsync(WebServer.Nginx);
        var path = $"entry/{SampleLists.FullEntryCode}/history/index.html";
        var page = await File.ReadAllBytesAsync(Path.Combine(sample.SiteFolder, path));
        page.Length.ShouldBeLessThan(PowerList.Site.Compression.Precompression.Default.MinimumBytes, "a small page");
        File.Exists(Path.Combine(sample.SiteFolder, path + ".gz")).ShouldBeFalse("the build wrote no copy");

        using var gzip = await Get(url + $"entry/{SampleLists.FullEntryCode}/history/", "gzip, deflate, br");
        gzip.StatusCode.ShouldBe(HttpStatusCode.OK);
        gzip.Content.Headers.ContentEncoding.ShouldBeEmpty();
        gzip.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        (await gzip.Content.ReadAsByteArrayAsync()).ShouldBe(page);
    }

    [NginxFact]
    public async Task A_missing_url_gets_the_404_page_with_status_404()
    {
        var url = await sample.UrlAsync(WebServer.Nginx);
        foreach (var missing in new[] { "no/such/page/", "entry/650200-NONE-CF-9999/", "missing.html", BuildManifestName })
        {
            using var response = await Get(url + missing, "gzip");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, missing);
            var html = await Text(response);
            html.ShouldContain("<h1>找不到这个页面</h1>", Case.Sensitive, missing);
            html.ShouldContain("role=\"search\"", Case.Sensitive, "the 404 page has a search box");
            Regex.IsMatch(html, "<a href=\"[^\"]*/\">回到首页</a>").ShouldBeTrue("and a link home");
            response.Headers.GetValues("Content-Security-Policy").ShouldNotBeEmpty();
        }
    }

    [NginxFact]
    public async Task The_search_index_files_are_sent_as_they_are_without_content_encoding()
    {
        var url = await sample.UrlAsync(WebServer.Nginx);
        var index = Path.Combine(sample.SiteFolder, "search-index");
        var files = Directory.GetFiles(index, "*.*gz", SearchOption.AllDirectories).ToList();
        files.ShouldContain(f => f.EndsWith(".jgz", StringComparison.Ordinal));
        Directory.GetFiles(index, "*.gz", SearchOption.AllDirectories).ShouldBeEmpty("no copy of a file that is gzip already");
        foreach (var file in files.Where(f => f.EndsWith("meta.jgz", StringComparison.Ordinal)).Concat(files.Where(f => f.EndsWith(".bgz", StringComparison.Ordinal)).Take(1)).Concat(files.Take(1)))
        {
            var path = Path.GetRelativePath(sample.SiteFolder, file).Replace('\\', '/');
            using var response = await Get(url + path, "gzip, deflate, br");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Content.Headers.ContentEncoding.ShouldBeEmpty(path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream", path);
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(await File.ReadAllBytesAsync(file), path);
        }
    }

    [NginxFact]
    public async Task Every_response_carries_the_security_headers_of_the_page_policy()
    {
        var url = await sample.UrlAsync(WebServer.Nginx);
        using var home = await Get(url, "gzip");
        var meta = Regex.Match(await Text(home), "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        meta.ShouldNotBeEmpty();
        DevServer.ContentSecurityPolicy.ShouldBe(meta, "the preview server sends the pages' policy");
        foreach (var path in new[] { "", "assets/site.css", "search-index/meta.jgz", "no/such/page/" })
        {
            using var response = await Get(url + path, "gzip");
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Directives(meta).Except(Directives(policy)).ShouldBeEmpty(path);
            policy.ShouldContain("frame-ancestors 'self'");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", path);
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("SAMEORIGIN", path);
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin", path);
            response.Headers.Contains("Server").ShouldBeTrue();
            response.Headers.Server.ToString().ShouldBe("nginx", "no version");
        }
    }

    [NginxFact]
    public async Task Pages_are_revalidated_assets_kept_briefly_and_no_folder_is_listed()
    {
        var url = await sample.UrlAsync(WebServer.Nginx);
        using (var page = await Get(url + "about/", "gzip"))
        {
            page.Headers.CacheControl!.NoCache.ShouldBeTrue();
            page.Headers.ETag.ShouldNotBeNull();
        }

        using (var css = await Get(url + "assets/site.css", "gzip"))
        {
            css.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromMinutes(5));
            css.Headers.CacheControl.MustRevalidate.ShouldBeTrue();
            css.Content.Headers.ContentType!.ToString().ShouldBe("text/css; charset=utf-8");
        }

        using (var folder = await Get(url + "about", null))
        {
            folder.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
            folder.Headers.Location!.ToString().ShouldBe("/about/", "a relative redirect");
        }

        using var listing = await Get(url + "search-index/", null);
        listing.IsSuccessStatusCode.ShouldBeFalse("no directory listing");
        (await Text(listing)).ShouldNotContain("meta.jgz");
    }

    private const string BuildManifestName = PowerList.Building.BuildManifest.FileName;

    private static async Task<HttpResponseMessage> Get(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await Http.SendAsync(request);
    }

    private static async Task<string> Text(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return System.Text.Encoding.UTF8.GetString(response.Content.Headers.ContentEncoding.Contains("gzip") ? Gunzip(bytes) : bytes);
    }

    private static HashSet<string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static byte[] Gunzip(byte[] gz)
    {
        using var input = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
