namespace PowerList.Site.Pipeline;

/// <summary>
/// A contributor that keeps state between builds of a long-running process (<see cref="WarmBuild"/>): the pipeline
/// hands it the process's <see cref="WarmBuild"/> before it contributes.
/// </summary>
public interface IWarmContributor
{
    void UseWarm(WarmBuild warm);
}
