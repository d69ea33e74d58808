namespace PowerList.BrowserTests;

/// <summary>A theory that needs Debian Chromium: skipped or failed as <see cref="BrowserFactAttribute"/> says.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserFactAttribute.SkipReason();
    }
}
