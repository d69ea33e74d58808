using System.Text;
using PowerList.Import;
using PowerList.Model;
using PowerList.Writing;

namespace PowerList.Editing;

/// <summary>
/// Appends a new entry (the next free code and the required keys, <c>code</c> and <c>name</c>) to
/// <c>&lt;lists&gt;/&lt;department&gt;/&lt;category&gt;.yaml</c>. The file's existing bytes are kept exactly: the entry is
/// added at the end; a missing file is created with the usual header. The code is one above the highest number
/// under the department's and category's prefix among all current codes and all codes in published releases, so a
/// number is never reused.
/// </summary>
public static class NewEntry
{
    /// <summary>Where the entry went: the file, its 1-based line and column (the <c>-</c> of the item), its code.</summary>
    public sealed record Placed(string FilePath, int Line, int Column, string Code);

    /// <summary>The next free entry code for <paramref name="department"/> and <paramref name="category"/>.</summary>
    public static string NextCode(ListSet lists, IEnumerable<string> publishedCodes, string department, string category)
    {
        var used = lists.Entries.SelectMany(e => e.SubItems.Select(s => s.Code).Prepend(e.Code)).Concat(publishedCodes);
        return new CodeScheme(lists.Site.DivisionCode, used).NextEntryCode(department, category);
    }

    /// <summary>
    /// The text to append to <paramref name="existing"/> (null: the file does not exist yet) for a new item, and the
    /// 1-based line and column where the item starts; null when the file's last top-level key is not an
    /// <c>entries</c> list that can grow at its end (e.g. <c>entries: []</c> or a key after the entries).
    /// </summary>
    public static (string Text, int Line, int Column)? Addition(string? existing, string department, string category, string code, string name)
    {
        if (existing is null)
        {
            var file = ListYaml.ListFile(department, category, [new Entry { Code = code, Name = name }]);
            return (file, LineCount(ListYaml.ListFile(department, category, [])) + 1, 3);
        }

        var lines = existing.Split('\n');
        var prefix = new StringBuilder();
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            prefix.Append('\n');
        }

        var lastTop = Array.FindLastIndex(lines, IsTopLevelKey);
        int itemIndent;
        if (lastTop < 0 || !IsEntriesKey(lines[lastTop]))
        {
            if (Array.Exists(lines, l => l.StartsWith("entries:", StringComparison.Ordinal)))
            {
                return null; // entries exist but another key follows them: appending would land in the wrong place
            }

            prefix.Append("entries:\n");
            itemIndent = 2;
        }
        else
        {
            var firstItem = lines.Skip(lastTop + 1).FirstOrDefault(l => l.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal));
            itemIndent = firstItem is null ? 2 : firstItem.Length - firstItem.TrimStart(' ').Length;
        }

        var w = new YamlWriter();
        w.Scalar(itemIndent + 2, "code", code, "- ").Scalar(itemIndent + 2, "name", name);
        var text = prefix + w.ToString();
        var line = LineCount(existing) + (existing.Length > 0 && !existing.EndsWith('\n') ? 1 : 0) + (prefix.ToString().Contains("entries:", StringComparison.Ordinal) ? 1 : 0) + 1;
        return (text, line, itemIndent + 1);
    }

    /// <summary>Number of complete lines (newline characters) in <paramref name="text"/>.</summary>
    private static int LineCount(string text) => text.Count(c => c == '\n');

    private static bool IsTopLevelKey(string line) =>
        line.Length > 0 && line[0] != ' ' && line[0] != '#' && line[0] != '-' && line[0] != '\r' && line.Contains(':', StringComparison.Ordinal);

    private static bool IsEntriesKey(string line)
    {
        var rest = line.TrimEnd('\r', ' ');
        if (!rest.StartsWith("entries:", StringComparison.Ordinal))
        {
            return false;
        }

        var value = rest["entries:".Length..].Trim();
        return value.Length == 0 || value.StartsWith('#');
    }
}
