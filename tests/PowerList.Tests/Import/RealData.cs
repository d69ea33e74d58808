namespace PowerList.Tests.Import;

/// <summary>
/// The eleven Karamay 2024 workbooks the default lists were imported from, kept in the repository at
/// <c>lists/_sources/karamay-2024/</c> (provenance in its README.md). They are part of the repository, so a
/// missing folder is a broken checkout and fails the test.
/// </summary>
internal static class RealData
{
    public static string Karamay()
    {
        var dir = Path.Combine(RepoPaths.Root, "lists", "_sources", "karamay-2024");
        if (!Directory.Exists(dir) || Directory.GetFiles(dir, "*.xls*").Length != 11)
        {
            Assert.Fail("lists/_sources/karamay-2024 with its eleven workbooks is missing from the checkout at " + RepoPaths.Root);
        }

        return dir;
    }
}
