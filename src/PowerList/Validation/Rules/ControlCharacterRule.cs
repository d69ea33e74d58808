using System.Buffers;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>No text may hold control characters other than line feed and tab (PL0503): they break pages and exports.</summary>
public sealed class ControlCharacterRule : IValidationRule, IFileRule
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        Enumerable.Range(0, 0x100).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\n' && c != '\t').ToArray());

    public void Check(ValidationContext context, DiagnosticBag diagnostics) =>
        TextFields.VisitTopLevel(context.Lists, Visitor(diagnostics));

    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics) =>
        TextFields.VisitFile(Visitor(diagnostics), file);

    private static TextFields.Visitor Visitor(DiagnosticBag diagnostics) => (owner, key, index, value) =>
    {
        var i = value.AsSpan().IndexOfAny(Forbidden);
        if (i >= 0)
        {
            diagnostics.Add(DiagnosticCodes.ControlCharacter.At(TextFields.At(owner, key, index), (int)value[i]));
        }
    };
}
