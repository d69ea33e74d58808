using HandlebarsDotNet;

namespace PowerList.Cli.Commands;

/// <summary>
/// A site template's error as the runners report it. Pages are rendered in parallel, so a template failing at render
/// time arrives wrapped in an <see cref="AggregateException"/>; Handlebars wraps a partial's failure in its caller's
/// ("Runtime error while rendering partial 'layout'"), so the innermost template error is the one that says what is
/// wrong (a missing partial, a helper's error).
/// </summary>
internal static class TemplateFailure
{
    /// <summary>The template error <paramref name="failure"/> is or carries, or null for any other failure.</summary>
    public static HandlebarsException? Find(Exception failure) => failure switch
    {
        HandlebarsException template => template,
        AggregateException all => all.Flatten().InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => null,
    };

    /// <summary>What <paramref name="error"/> says, from its innermost template error.</summary>
    public static string Describe(HandlebarsException error)
    {
        Exception inner = error;
        while (inner.InnerException is HandlebarsException deeper)
        {
            inner = deeper;
        }

        return inner.Message;
    }
}
