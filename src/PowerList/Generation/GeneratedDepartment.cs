using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Generation;

/// <summary>One generated department with its entries (codes assigned), grouped by category code in ordinal order.</summary>
public sealed record GeneratedDepartment(Department Department, ImmutableArray<(string Category, ImmutableArray<Entry> Entries)> Files);
