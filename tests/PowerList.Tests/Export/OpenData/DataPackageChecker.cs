using System.Text.Json;

namespace PowerList.Tests.Export.OpenData;

/// <summary>
/// Checks a folder with a <c>datapackage.json</c> against its files: every resource's file exists; a CSV's header is
/// its schema's field names in order, every row has as many cells; the primary key is unique; every foreign key
/// names an existing resource and its values exist there. Returns the problems found (none when all holds).
/// </summary>
public static class DataPackageChecker
{
    public static List<string> Problems(string folder)
    {
        var problems = new List<string>();
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "datapackage.json")));
        var root = package.RootElement;
        if (root.GetProperty("name").GetString() is not { Length: > 0 } name || name.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_')))
        {
            problems.Add("package name is not lower-case letters, digits, - . _");
        }

        var tables = new Dictionary<string, (string[] Header, List<string[]> Rows)>(StringComparer.Ordinal);
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        foreach (var r in resources)
        {
            var path = r.GetProperty("path").GetString()!;
            var file = Path.Combine(folder, path);
            if (!File.Exists(file))
            {
                problems.Add($"{path}: named in datapackage.json but missing");
                continue;
            }

            if (r.GetProperty("format").GetString() != "csv")
            {
                continue;
            }

            var fields = r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
            var rows = OpenDataCsvTests.Rows(File.ReadAllBytes(file));
            if (!rows[0].SequenceEqual(fields))
            {
                problems.Add($"{path}: header [{string.Join(",", rows[0])}] is not the schema's fields [{string.Join(",", fields)}]");
            }

            problems.AddRange(rows.Select((row, i) => (row, i)).Where(x => x.row.Length != fields.Length).Select(x => $"{path}:{x.i + 1}: {x.row.Length} cells for {fields.Length} fields"));
            foreach (var f in r.GetProperty("schema").GetProperty("fields").EnumerateArray())
            {
                if (f.GetProperty("type").GetString() is not ("string" or "integer") || f.GetProperty("title").GetString() is not { Length: > 0 } || f.GetProperty("description").GetString() is not { Length: > 0 })
                {
                    problems.Add($"{path}: field {f.GetProperty("name").GetString()} lacks a type, title or description");
                }
            }

            tables[r.GetProperty("name").GetString()!] = (rows[0], rows.Skip(1).ToList());
        }

        foreach (var r in resources.Where(r => r.GetProperty("format").GetString() == "csv"))
        {
            var (header, rows) = tables[r.GetProperty("name").GetString()!];
            var schema = r.GetProperty("schema");
            var key = schema.GetProperty("primaryKey").EnumerateArray().Select(k => Array.IndexOf(header, k.GetString())).ToArray();
            if (key.Any(i => i < 0))
            {
                problems.Add($"{r.GetProperty("path")}: primary key names a missing field");
                continue;
            }

            var keys = rows.Select(row => string.Join("\u0001", key.Select(i => row[i]))).ToList();
            if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
            {
                problems.Add($"{r.GetProperty("path")}: primary key values repeat");
            }

            if (!schema.TryGetProperty("foreignKeys", out var foreign))
            {
                continue;
            }

            foreach (var fk in foreign.EnumerateArray())
            {
                var target = fk.GetProperty("reference").GetProperty("resource").GetString()!;
                if (!tables.TryGetValue(target, out var other))
                {
                    problems.Add($"{r.GetProperty("path")}: foreign key to missing resource {target}");
                    continue;
                }

                var from = Array.IndexOf(header, fk.GetProperty("fields")[0].GetString());
                var to = Array.IndexOf(other.Header, fk.GetProperty("reference").GetProperty("fields")[0].GetString());
                var known = other.Rows.Select(row => row[to]).ToHashSet(StringComparer.Ordinal);
                problems.AddRange(rows.Where(row => !known.Contains(row[from])).Take(3).Select(row => $"{r.GetProperty("path")}: {row[from]} is not in {target}"));
            }
        }

        return problems;
    }
}
