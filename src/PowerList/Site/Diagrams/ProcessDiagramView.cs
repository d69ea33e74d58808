namespace PowerList.Site.Diagrams;

/// <summary>A process diagram ready for the <c>process</c> partial.</summary>
public sealed record ProcessDiagramView(
    IReadOnlyList<ProcessStepView> Steps,
    string StatutoryLimit,
    string PromisedLimit,
    int StepCount);
