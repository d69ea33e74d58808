namespace PowerList.BrowserTests;

/// <summary>
/// A test that needs Debian Chromium at <see cref="Browser.ChromiumPath"/> (installed by scripts/install-deps.sh).
/// Without it the test is skipped with the reason, except under CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = SkipReason();
    }

    /// <summary>Why a browser test skips here, or null when it runs.</summary>
    internal static string? SkipReason() =>
        !File.Exists(Browser.ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"没有 {Browser.ChromiumPath}：先运行 scripts/install-deps.sh（CI=true 时这个测试会失败而不是跳过）"
            : null;
}
