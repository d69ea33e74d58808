using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation;

/// <summary>
/// The part of a check that looks at one list file at a time. What it reports for a file may depend only on that
/// file and on the top-level files (site, categories, departments, laws; see <see cref="ValidationContext"/>), never on
/// other list files: <see cref="ListValidator"/> then keeps its results for a file until the file or those change.
/// </summary>
public interface IFileRule
{
    void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics);
}
