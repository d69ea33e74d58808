using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Validation.Rules;

namespace PowerList.Validation;

/// <summary>
/// Validate stage: runs every rule over a loaded set and returns all problems, sorted. The per-file part of the
/// rules (<see cref="IFileRule"/>) runs file by file, the rest over the whole set.
/// </summary>
public static class ListValidator
{
    /// <summary>The rules, each with one job; a rule may be an <see cref="IValidationRule"/>, an <see cref="IFileRule"/> or both.</summary>
    public static IReadOnlyList<object> Rules { get; } =
    [
        new RequiredFieldsRule(),
        new IdentifierFormatRule(),
        new FilePlaceRule(),
        new LawReferenceRule(),
        new CodeReferenceRule(),
        new PrivateReferenceRule(),
        new EndingRule(),
        new CatalogueRule(),
        new UniqueIdentifierRule(),
        new DuplicateNameRule(),
        new LegalBasisRule(),
        new DateRule(),
        new EnumValueRule(),
        new SiteRule(),
        new ContactRule(),
        new ServiceLinkRule(),
        new ControlCharacterRule(),
    ];

    private static readonly IValidationRule[] SetRules = [.. Rules.OfType<IValidationRule>()];

    private static readonly IFileRule[] FileRules = [.. Rules.OfType<IFileRule>()];

    public static IReadOnlyList<Diagnostic> Validate(ListSet lists) => Validate(lists, null);

    /// <summary>Validates; lookups in <paramref name="unreadable"/> files are skipped (see <see cref="LoadResult.Unreadable"/>).</summary>
    public static IReadOnlyList<Diagnostic> Validate(ListSet lists, IReadOnlySet<ListFileKind>? unreadable) =>
        Validate(lists, unreadable, null);

    /// <summary>
    /// As <see cref="Validate(ListSet, IReadOnlySet{ListFileKind})"/>, reusing the per-file results of files that
    /// <paramref name="cache"/> saw before (see <see cref="ValidationCache"/>); the result is the same.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Validate(ListSet lists, IReadOnlySet<ListFileKind>? unreadable, ValidationCache? cache) =>
        Validate(lists, unreadable, cache, null);

    /// <summary>As <see cref="Validate(ListSet, IReadOnlySet{ListFileKind}, ValidationCache)"/>, timing each set rule and the per-file rules into <paramref name="timings"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(ListSet lists, IReadOnlySet<ListFileKind>? unreadable, ValidationCache? cache, TimingLog? timings)
    {
        var context = new ValidationContext(lists, unreadable);
        var files = lists.Files;
        var known = cache?.Begin(context);
        var perFile = new IReadOnlyList<Diagnostic>[files.Length];
        var diagnostics = new DiagnosticBag();

        // Rules only read the set; the bag is thread-safe and sorts at the end, so the order of work does not matter.
        // Each code is reported by one rule only, so the per-file limit of the bag keeps the same diagnostics either way.
        Parallel.Invoke(
            () => Parallel.ForEach(SetRules, rule =>
            {
                var started = timings?.Now() ?? default;
                rule.Check(context, diagnostics);
                timings?.Measure("validate: " + rule.GetType().Name, started);
            }),
            () =>
            {
                var started = timings?.Now() ?? default;
                Parallel.For(0, files.Length, i => perFile[i] = known?[i] ?? CheckFile(context, files[i]));
                timings?.Measure("validate: per file", started);
            });

        cache?.End(files, perFile);
        foreach (var found in perFile)
        {
            diagnostics.AddRange(found);
        }

        return diagnostics.ToSortedList();
    }

    private static IReadOnlyList<Diagnostic> CheckFile(ValidationContext context, ListFile file)
    {
        var bag = new DiagnosticBag();
        foreach (var rule in FileRules)
        {
            rule.CheckFile(context, file, bag);
        }

        return bag.ToSortedList();
    }
}
