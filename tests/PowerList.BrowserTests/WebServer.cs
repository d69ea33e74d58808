namespace PowerList.BrowserTests;

/// <summary>The web servers the site's browser tests run against.</summary>
public enum WebServer
{
    /// <summary><c>powerlist serve</c>'s preview server (<see cref="Cli.Commands.Serving.DevServer"/>).</summary>
    Preview,

    /// <summary>Debian nginx with the shipped deploy/nginx.conf (<see cref="NginxServer"/>).</summary>
    Nginx,
}
