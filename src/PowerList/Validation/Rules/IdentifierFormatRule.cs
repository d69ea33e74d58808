using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>Codes and ids must be safe as URL segments and file names (PL0301, PL0302).</summary>
public sealed class IdentifierFormatRule : IValidationRule, IFileRule
{
    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var entry in file.Entries)
        {
            CheckCode(diagnostics, entry.Code, entry.Source.Of("code"));
            foreach (var sub in entry.SubItems)
            {
                CheckCode(diagnostics, sub.Code, sub.Source.Of("code"));
            }
        }
    }

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var d in context.Lists.Departments)
        {
            CheckId(diagnostics, "部门标识", d.Id, d.Source.Of("id"), IdentifierChecks.DepartmentIdProblem);
        }

        foreach (var c in context.Lists.Categories)
        {
            CheckId(diagnostics, "类别代码", c.Code, c.Source.Of("code"), IdentifierChecks.CategoryCodeProblem);
        }

        foreach (var l in context.Lists.Laws)
        {
            CheckId(diagnostics, "法规标识", l.Id, l.Source.Of("id"), IdentifierChecks.LawIdProblem);
        }
    }

    private static void CheckCode(DiagnosticBag diagnostics, string code, SourceLocation at)
    {
        if (code.Length > 0 && IdentifierChecks.CodeProblem(code) is { } problem)
        {
            diagnostics.Add(DiagnosticCodes.BadCode.At(at, code, problem));
        }
    }

    private static void CheckId(DiagnosticBag diagnostics, string what, string id, SourceLocation at, Func<string, string?> check)
    {
        if (id.Length > 0 && check(id) is { } problem)
        {
            diagnostics.Add(DiagnosticCodes.BadId.At(at, what, id, problem));
        }
    }
}
