using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace PowerList.Site.Pages;

/// <summary>
/// Gives Handlebars back the binding contexts its partial calls make and never return. A partial called with an
/// argument (<c>{{> citations basis}}</c>, <c>{{> pager where="页尾"}}</c>) or as a block (<c>{{#> layout}}…{{/layout}}</c>)
/// runs in a child context taken from Handlebars' pool (three fixed-size dictionaries, ~13 KB), and Handlebars.Net
/// 2.x does not dispose it: the pool is never refilled, so every page made a new one (827 MB at 30,000 entries, the
/// render's largest allocation). Each partial is registered through <see cref="Wrap"/>, which notes the contexts it
/// is handed that were made for that call alone; <see cref="Release"/> disposes them (back to the pool) once the page
/// is rendered, when nothing can use them any more. Which contexts those are:
/// <list type="bullet">
/// <item>a partial that no template ever calls bare (<c>{{> name}}</c>, which hands on the caller's own context) is
/// only ever handed a context made for its call (<see cref="OnlyCalledWithContext"/>, from the templates' text; a
/// partial named by an expression makes no partial qualify);</item>
/// <item>any partial: a context whose partial block differs from its parent's was made by a block partial's call (a
/// frame of <c>#each</c> or <c>#with</c>, and an argument's context, inherit their parent's block).</item>
/// </list>
/// Disposing changes no byte: a context is only reused after it is reset. Contexts are kept per thread (rendering is
/// per thread), each once.
/// </summary>
internal static partial class PartialContexts
{
    [ThreadStatic]
    private static HashSet<BindingContext>? _made;

    /// <summary>
    /// <paramref name="partial"/>, compiled, as the partial <paramref name="name"/>; <paramref name="ownsEvery"/>: every
    /// context it is handed was made for its call (<see cref="OnlyCalledWithContext"/>).
    /// </summary>
    public static HandlebarsTemplate<TextWriter, object, object> Wrap(HandlebarsTemplate<TextWriter, object, object> partial, bool ownsEvery) =>
        (writer, context, data) =>
        {
            if (context is BindingContext made && (ownsEvery || MadeForBlock(made)))
            {
                (_made ??= new HashSet<BindingContext>(ReferenceEqualityComparer.Instance)).Add(made);
            }

            partial(writer, context, data);
        };

    /// <summary>Returns the contexts noted on this thread to Handlebars' pool (after a page is rendered, or failed).</summary>
    public static void Release()
    {
        if (_made is not { Count: > 0 } made)
        {
            return;
        }

        foreach (var context in made)
        {
            context.Dispose();
        }

        made.Clear();
    }

    /// <summary>
    /// The partials that every call in <paramref name="sources"/> (the layout, the partials and the pages) passes an
    /// argument, a hash or a block, ignoring case; none when a partial is named by an expression or a quoted name.
    /// </summary>
    public static HashSet<string> OnlyCalledWithContext(IEnumerable<string> sources)
    {
        var called = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bare = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (Match call in PartialCall().Matches(source))
            {
                var name = call.Groups["name"].Value;
                if (name.Length == 0 || !char.IsLetterOrDigit(name[0]) && name[0] != '_' && name[0] != '@')
                {
                    return new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                called.Add(name);
                if (call.Groups["block"].Length == 0 && call.Groups["rest"].Value.Trim().TrimEnd('~').Trim().Length == 0)
                {
                    bare.Add(name);
                }
            }
        }

        called.ExceptWith(bare);
        return called;
    }

    private static bool MadeForBlock(BindingContext context) =>
        ParentContext(context) is { } parent
        && PartialBlockTemplate(context) is { } block
        && !ReferenceEquals(block, PartialBlockTemplate(parent));

    /// <summary>Every partial call's opening: <c>{{</c>, an optional <c>~</c> and <c>#</c>, <c>&gt;</c>, the name, and what follows up to <c>}}</c>.</summary>
    [GeneratedRegex(@"\{\{\s*~?\s*(?<block>#)?\s*~?\s*>\s*(?<name>[^\s}~]*)(?<rest>[^}]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex PartialCall();

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ParentContext")]
    private static extern BindingContext? ParentContext(BindingContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_PartialBlockTemplate")]
    private static extern TemplateDelegate? PartialBlockTemplate(BindingContext context);
}
