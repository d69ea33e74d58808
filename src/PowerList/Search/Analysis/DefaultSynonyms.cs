using System.Reflection;

namespace PowerList.Search.Analysis;

/// <summary>
/// The synonym table shipped with PowerList (<c>default-synonyms.yaml</c>, embedded): everyday words and short
/// names → the lists' wording. <c>init</c> and <c>import</c> write it as a new lists folder's <c>synonyms.yaml</c>,
/// which editors then own.
/// </summary>
public static class DefaultSynonyms
{
    private const string ResourceName = "PowerList.Search.Analysis.default-synonyms.yaml";

    /// <summary>The table as YAML text, ready to be written as <c>synonyms.yaml</c>.</summary>
    public static string Yaml()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
