using PowerList.Diagnostics;

namespace PowerList.Validation;

/// <summary>One check over a loaded <see cref="Model.ListSet"/>; reports problems, changes nothing.</summary>
public interface IValidationRule
{
    void Check(ValidationContext context, DiagnosticBag diagnostics);
}
