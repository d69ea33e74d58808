namespace PowerList.Building;

/// <summary>The <see cref="ModelHashes"/> of a warm process's last build (a <see cref="WarmBuild"/> slot), whose entry hashes the next build reuses.</summary>
public sealed class ModelHashMemo
{
    public ModelHashes? Last { get; set; }
}
