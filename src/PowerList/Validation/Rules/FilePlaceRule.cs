using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// A list file's place names its department (folder) and category (file name): the declared values must match,
/// and both must exist in departments.yaml and categories.yaml (PL0303–PL0306).
/// </summary>
public sealed class FilePlaceRule : IFileRule
{
    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(file.Path)) ?? "";
        var name = Path.GetFileNameWithoutExtension(file.Path);
        if (file.Department.Length > 0 && file.Department != folder)
        {
            diagnostics.Add(DiagnosticCodes.DepartmentMismatch.At(file.Source.Of("department"), file.Department, folder));
        }

        if (file.Category.Length > 0 && file.Category != name)
        {
            diagnostics.Add(DiagnosticCodes.CategoryMismatch.At(file.Source.Of("category"), file.Category, name));
        }

        if (context.CanLookUp(ListFileKind.Departments) && !context.Departments.ContainsKey(folder))
        {
            diagnostics.Add(DiagnosticCodes.UnknownDepartment.At(
                file.Source.Of("department"), folder, Suggestions.Hint(folder, context.Departments.Keys)));
        }

        if (context.CanLookUp(ListFileKind.Categories) && !context.Categories.ContainsKey(name))
        {
            diagnostics.Add(DiagnosticCodes.UnknownCategory.At(
                file.Source.Of("category"), name, Suggestions.Hint(name, context.Categories.Keys)));
        }
    }
}
