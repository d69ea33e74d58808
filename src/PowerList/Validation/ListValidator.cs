using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation.Rules;

namespace PowerList.Validation;

/// <summary>Validate stage: runs every rule over a loaded set and returns all problems, sorted.</summary>
public static class ListValidator
{
    /// <summary>The rules, each with one job.</summary>
    public static IReadOnlyList<IValidationRule> Rules { get; } =
    [
        new RequiredFieldsRule(),
        new IdentifierFormatRule(),
        new FilePlaceRule(),
        new LawReferenceRule(),
        new CodeReferenceRule(),
        new UniqueIdentifierRule(),
        new DuplicateNameRule(),
        new LegalBasisRule(),
        new DateRule(),
        new EnumValueRule(),
        new SiteRule(),
        new ControlCharacterRule(),
    ];

    public static IReadOnlyList<Diagnostic> Validate(ListSet lists) => Validate(lists, null);

    /// <summary>Validates; lookups in <paramref name="unreadable"/> files are skipped (see <see cref="LoadResult.Unreadable"/>).</summary>
    public static IReadOnlyList<Diagnostic> Validate(ListSet lists, IReadOnlySet<ListFileKind>? unreadable)
    {
        var context = new ValidationContext(lists, unreadable);
        var diagnostics = new DiagnosticBag();
        // Rules only read the set; the bag is thread-safe and sorts at the end, so the order of work does not matter.
        Parallel.ForEach(Rules, rule => rule.Check(context, diagnostics));

        return diagnostics.ToSortedList();
    }
}
