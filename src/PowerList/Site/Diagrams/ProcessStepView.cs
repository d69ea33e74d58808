namespace PowerList.Site.Diagrams;

/// <summary>One numbered step of a process diagram.</summary>
public sealed record ProcessStepView(int Number, string Name, string Description, string TimeLimit, bool Last);
