using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>Every power needs a legal basis: warns when neither the entry nor any of its sub-items gives one (PL0501).</summary>
public sealed class LegalBasisRule : IFileRule
{
    public void CheckFile(ValidationContext context, ListFile file, DiagnosticBag diagnostics)
    {
        foreach (var entry in file.Entries)
        {
            if (entry.Basis.IsDefaultOrEmpty && entry.SubItems.All(s => s.Basis.IsDefaultOrEmpty))
            {
                diagnostics.Add(DiagnosticCodes.NoBasis.At(entry.Source.Of("basis"), entry.Name.Length > 0 ? entry.Name : entry.Code.Length > 0 ? entry.Code : "（无名称）"));
            }
        }
    }
}
