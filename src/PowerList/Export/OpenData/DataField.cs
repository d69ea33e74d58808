namespace PowerList.Export.OpenData;

/// <summary>
/// One column of an open-data table as <c>datapackage.json</c> describes it (Frictionless Table Schema): the header
/// name, its type (<c>string</c> or <c>integer</c>), a Chinese title and a description.
/// </summary>
public sealed record DataField(string Name, string Type, string Title, string Description);
