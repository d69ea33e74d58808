namespace PowerList.BrowserTests;

/// <summary>A test of nginx itself (no browser): skipped or failed as <see cref="NginxDataAttribute"/> says.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        Skip = NginxDataAttribute.SkipReason();
    }
}
