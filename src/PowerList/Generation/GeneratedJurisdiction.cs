namespace PowerList.Generation;

/// <summary>
/// One jurisdiction of a generated province: <see cref="Id"/> is its six-digit division code and its folder name under
/// <c>jurisdictions/</c>; <see cref="Parent"/> the id of the one above (empty for the province).
/// </summary>
public sealed record GeneratedJurisdiction(string Id, string Name, string Level, string Parent);
