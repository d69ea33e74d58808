using PowerList.Model;

namespace PowerList.Site.Diagrams;

/// <summary>
/// The 运行流程 as a step diagram, laid out at build time: numbered steps (an HTML ordered list that the
/// stylesheet draws as boxes joined by arrows), each with its time limit, and the overall time limits. Screen
/// readers read it as an ordered list; nothing runs in the browser. Null when the entry gives no process.
/// </summary>
public static class ProcessDiagram
{
    public static ProcessDiagramView? Create(ProcessInfo? process)
    {
        if (process is null || process.IsEmpty)
        {
            return null;
        }

        var steps = process.Steps.IsDefault ? [] : process.Steps;
        var views = steps
            .Select((s, i) => new ProcessStepView(
                i + 1,
                s.Name.Length > 0 ? s.Name : $"第{i + 1}步",
                s.Description,
                s.TimeLimit,
                i == steps.Length - 1))
            .ToList();
        return new ProcessDiagramView(views, process.StatutoryLimit, process.PromisedLimit, views.Count);
    }
}
