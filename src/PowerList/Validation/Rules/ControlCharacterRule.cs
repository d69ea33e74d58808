using PowerList.Diagnostics;

namespace PowerList.Validation.Rules;

/// <summary>No text may hold control characters other than line feed and tab (PL0503): they break pages and exports.</summary>
public sealed class ControlCharacterRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (value, at) in TextFields.All(context.Lists))
        {
            foreach (var c in value)
            {
                if (char.IsControl(c) && c != '\n' && c != '\t')
                {
                    diagnostics.Add(DiagnosticCodes.ControlCharacter.At(at, (int)c));
                    break;
                }
            }
        }
    }
}
