using System.Text;
using ExcelDataReader;

namespace SearchBench;

/// <summary>One row of a real Karamay list (an entry with its sub-items), by column title.</summary>
public sealed record RealRow(string Department, string Name, List<string> SubItems, string Type, string Basis, string Subject, string Handler,
    string Level, string Scope, string Duties, string Responsibilities, string Accountable, string Accountability);

public static class RealRows
{
    public static List<RealRow> Read(string folder)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = new List<RealRow>();
        // Only the workbooks: the folder also holds its provenance README.md.
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var department = Path.GetFileNameWithoutExtension(file).Replace("附件：", "").Replace("2024年", "").Replace("权责清单", "").Replace("克拉玛依", "").Trim();
            using var stream = File.OpenRead(file);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            Dictionary<string, int>? columns = null;
            RealRow? current = null;
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetValue(i)?.ToString() ?? "").Trim()).ToList();
                if (columns is null)
                {
                    if (cells.Any(c => c.Replace(" ", "") == "事项名称"))
                    {
                        columns = [];
                        for (var i = 0; i < cells.Count; i++)
                        {
                            var key = cells[i].Replace(" ", "").Replace("\n", "");
                            if (key.Length > 0 && !columns.ContainsKey(key))
                            {
                                columns[key] = i;
                            }
                        }
                    }

                    continue;
                }

                string Get(string key) => columns.TryGetValue(key, out var i) && i < cells.Count ? cells[i] : "";
                var name = Get("事项名称");
                var sub = Get("子项名称");
                if (name.Length == 0 && sub.Length > 0 && current is not null)
                {
                    current.SubItems.Add(sub);
                    continue;
                }

                if (name.Length < 2)
                {
                    continue;
                }

                var levelColumn = columns.Keys.FirstOrDefault(k => k.StartsWith("实施层级", StringComparison.Ordinal));
                var level = levelColumn is null ? "" : cells[columns[levelColumn]];
                var scope = levelColumn is not null && columns[levelColumn] + 1 < cells.Count ? cells[columns[levelColumn] + 1] : "";
                current = new RealRow(department, name, sub.Length > 0 ? [sub] : [], Get("权力类型").Replace(" ", ""), Get("实施依据"),
                    Get("行使主体"), Get("承办机构"), level.Replace(" ", ""), scope, Get("部门职责"), Get("责任事项内容"), Get("追责对象范围"), Get("追责情形"));
                rows.Add(current);
            }
        }

        return rows;
    }
}
