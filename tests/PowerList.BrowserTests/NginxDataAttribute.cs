using System.Reflection;
using Xunit.Sdk;

namespace PowerList.BrowserTests;

/// <summary>
/// The <see cref="WebServer.Nginx"/> row of a test run against each web server (beside
/// <c>[InlineData(WebServer.Preview)]</c>). Without Debian nginx at <see cref="NginxServer.NginxPath"/> the row is
/// skipped with the reason, except under CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NginxDataAttribute : DataAttribute
{
    public NginxDataAttribute()
    {
        Skip = SkipReason();
    }

    /// <summary>Why an nginx test skips here, or null when it runs.</summary>
    internal static string? SkipReason() =>
        !NginxServer.Installed && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"没有 {NginxServer.NginxPath}：先运行 scripts/install-deps.sh（CI=true 时这个测试会失败而不是跳过）"
            : null;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[WebServer.Nginx]];
}
