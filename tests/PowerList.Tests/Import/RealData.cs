namespace PowerList.Tests.Import;

/// <summary>
/// Finds /work/shared/realdata/karamay-2024 by walking up from the test's directory for <c>shared/realdata</c>.
/// Missing data fails the test when CI=true; elsewhere the test returns without checking.
/// </summary>
internal static class RealData
{
    public static string? Karamay()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdata", "karamay-2024");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("shared/realdata/karamay-2024 not found above " + AppContext.BaseDirectory + " (required when CI=true)");
        }

        return null;
    }
}
