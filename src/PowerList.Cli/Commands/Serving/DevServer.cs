using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using PowerList.Loading;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// A small web server for previewing a built site on 127.0.0.1: serves only files inside the site folder
/// (anything resolving outside it is refused), <c>x/</c> as <c>x/index.html</c>, unknown paths with
/// <c>404.html</c> and status 404. Into HTML it injects a tiny script that listens on
/// <c>/__powerlist/events</c> and reloads the page after a rebuild; the built files never contain it.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const string EventsPath = "/__powerlist/events";

    /// <summary>The reload script's address; served by this server only, never written into the site.</summary>
    public const string ReloadScriptPath = "/__powerlist/reload.js";

    /// <summary>The tag injected before &lt;/body&gt; of every HTML response (and only by this server): an external script, so the pages' CSP (no inline script) holds.</summary>
    public const string ReloadScript = "<script src=\"" + ReloadScriptPath + "\" defer></script>";

    /// <summary>The errors of the last failed build as JSON (<see cref="BuildErrors"/>); <c>[]</c> after a good one.</summary>
    public const string ErrorsPath = "/__powerlist/errors";

    /// <summary>
    /// The body of <see cref="ReloadScriptPath"/>: reloads the page after a good build; after a failed one (and on
    /// load while the last build failed) shows its errors over the last good page (<see cref="OverlayScript"/>).
    /// </summary>
    public static readonly string ReloadScriptBody = OverlayScript.Body(EventsPath, ErrorsPath);

    /// <summary>The Content-Security-Policy header sent with every response (the same policy as the pages' meta tag).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private volatile string _errorsJson = "[]";

    private DevServer(WebApplication app, string root, ReloadHub hub)
    {
        _app = app;
        Root = root;
        Hub = hub;
    }

    public string Root { get; }

    public ReloadHub Hub { get; }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public string Url => _app.Urls.First().TrimEnd('/') + "/";

    /// <summary>Starts serving <paramref name="siteFolder"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static async Task<DevServer> StartAsync(string siteFolder, int port, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        // The host must not watch the current directory: with the default content root (the working directory) and
        // configuration reloading, ASP.NET Core watches it recursively, and a large site under it (245,000 files at
        // 100,000 entries) uses up the inotify watches, so the lists' watcher silently sees no more saves.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var hub = new ReloadHub();
        DevServer? server = null;
        app.Use(async (context, next) =>
        {
            context.Response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            await next(context);
        });
        app.Run(context =>
            context.Request.Path.Value == EventsPath ? Events(context, hub, app.Lifetime.ApplicationStopping)
            : context.Request.Path.Value == ReloadScriptPath ? ReloadJs(context)
            : context.Request.Path.Value == ErrorsPath ? Errors(context, server)
            : ServeFile(context, root));
        await app.StartAsync(cancellationToken);
        server = new DevServer(app, root, hub);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// The file inside <paramref name="root"/> (ending in a separator) that <paramref name="requestPath"/> names,
    /// or null when it would resolve outside the root.
    /// </summary>
    public static string? Resolve(string root, string requestPath)
    {
        var relative = requestPath.TrimStart('/');
        if (relative.Any(char.IsControl) || relative.Contains('\\') || relative.Contains(':'))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        var inside = full.StartsWith(root, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == root;
        return inside ? full : null;
    }

    /// <summary>
    /// What <paramref name="full"/> (inside <paramref name="root"/>) is, no link followed: every folder on the way must
    /// be a real folder, so a link planted anywhere in the site (to <c>/etc</c>, to <c>/etc/passwd</c>) is
    /// <see cref="FileType.SymbolicLink"/> and is not served. Only <see cref="FileType.Regular"/> files are sent.
    /// </summary>
    public static FileType TypeInside(string root, string full)
    {
        var relative = full.Length > root.Length ? full[root.Length..] : "";
        var path = root.TrimEnd(Path.DirectorySeparatorChar);
        var type = FileType.Directory;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (type != FileType.Directory)
            {
                return type == FileType.SymbolicLink ? type : FileType.Missing;
            }

            path = Path.Combine(path, part);
            type = FileTypes.Of(path);
        }

        return type;
    }

    /// <summary>Sets the errors the overlay shows (empty after a good build); <paramref name="lists"/> makes paths absolute for editor links.</summary>
    public void SetErrors(IReadOnlyList<PowerList.Diagnostics.Diagnostic> errors, string lists) =>
        _errorsJson = BuildErrors.ToJson(errors, lists);

    private static Task Errors(HttpContext context, DevServer? server)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(server?._errorsJson ?? "[]", context.RequestAborted);
    }

    private static Task ReloadJs(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(ReloadScriptBody, context.RequestAborted);
    }

    private static async Task Events(HttpContext context, ReloadHub hub, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = linked.Token;
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var (id, reader) = hub.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", token);
            await context.Response.Body.FlushAsync(token);
            await foreach (var message in reader.ReadAllAsync(token))
            {
                await context.Response.WriteAsync($"data: {message}\n\n", token);
                await context.Response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            hub.Unsubscribe(id);
        }
    }

    private static async Task ServeFile(HttpContext context, string root)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var requestPath = context.Request.Path.Value ?? "/";
        var full = Resolve(root, requestPath);
        if (full is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var kind = TypeInside(root, full);
        if (kind == FileType.Directory)
        {
            if (!requestPath.EndsWith('/'))
            {
                // One leading slash: "//host/x" would be a protocol-relative redirect to another site.
                context.Response.Redirect("/" + requestPath.TrimStart('/') + "/" + context.Request.QueryString);
                return;
            }

            full = Path.Combine(full, "index.html");
            kind = TypeInside(root, full);
        }

        var status = StatusCodes.Status200OK;
        if (kind != FileType.Regular)
        {
            // Missing, or not a plain file of the site (a link, a FIFO, a device): never opened.
            status = StatusCodes.Status404NotFound;
            full = Path.Combine(root, "404.html");
            if (TypeInside(root, full) != FileType.Regular)
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (!ContentTypes.TryGetContentType(full, out var type))
        {
            type = "application/octet-stream";
        }

        if (type == "text/html")
        {
            var html = await File.ReadAllTextAsync(full, Encoding.UTF8, context.RequestAborted);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at < 0 ? html + ReloadScript : html.Insert(at, ReloadScript + "\n");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html, context.RequestAborted);
            return;
        }

        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        await context.Response.SendFileAsync(full, context.RequestAborted);
    }
}
