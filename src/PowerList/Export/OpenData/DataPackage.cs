using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Export.OpenData;

/// <summary>
/// <c>datapackage.json</c>: a Frictionless Tabular Data Package describing the downloads beside it. The CSV tables
/// carry their schema from the same columns their header is written from (<see cref="DataResource.Fields"/>), with
/// <c>code</c> as primary key of <c>entries</c> and foreign key of the companion tables; the JSON and XLSX files are
/// listed as resources too, the XLSX with the columns of the officials' table. No build time in it: same lists, same bytes.
/// Like every JSON file of the site, no <c>&lt;/script</c> from the data (extra column titles) appears in it.
/// </summary>
public static class DataPackage
{
    public const string Path = "datapackage.json";

    /// <param name="name">The package name: lower-case letters, digits, <c>-</c>, <c>.</c>, <c>_</c>.</param>
    /// <param name="version">The release version, or empty for the current data.</param>
    public static byte[] Write(string name, string title, string description, string version, IReadOnlyList<DataResource> tables, IReadOnlyList<string> xlsxColumns)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteString("profile", "tabular-data-package");
            w.WriteString("name", name);
            w.WriteString("title", title);
            w.WriteString("description", description);
            if (version.Length > 0)
            {
                w.WriteString("version", version);
            }

            w.WriteStartArray("resources");
            foreach (var table in tables)
            {
                Table(w, table);
            }

            w.WriteStartObject();
            w.WriteString("name", OpenDataTables.EntriesName + "-json");
            w.WriteString("path", OpenDataFiles.Json);
            w.WriteString("profile", "data-resource");
            w.WriteString("title", "权责事项（JSON）");
            w.WriteString("description", "每个事项一个对象，字段名同 entries.csv，子项、层级、责任事项、依据、调整等为嵌套数组。");
            w.WriteString("format", "json");
            w.WriteString("mediatype", "application/json");
            w.WriteString("encoding", "utf-8");
            w.WriteEndObject();

            w.WriteStartObject();
            w.WriteString("name", OpenDataTables.EntriesName + "-xlsx");
            w.WriteString("path", OpenDataFiles.Xlsx);
            w.WriteString("profile", "data-resource");
            w.WriteString("title", "权责清单（Excel）");
            w.WriteString("description", "官员常用的表格，每个类别一个工作表，各表的列相同：每个子项、层级或责任事项一行，事项的栏目在各行重复；powerlist import 可以读回。");
            w.WriteString("format", "xlsx");
            w.WriteString("mediatype", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            w.WriteStartObject("schema");
            w.WriteStartArray("fields");
            foreach (var column in xlsxColumns)
            {
                w.WriteStartObject();
                w.WriteString("name", column);
                w.WriteString("type", "string");
                w.WriteString("title", column);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return PowerList.Output.ScriptSafeJson.Escape(stream.ToArray());
    }

    private static void Table(Utf8JsonWriter w, DataResource table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("path", table.Path);
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("title", table.Title);
        w.WriteString("description", table.Description);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteStartObject("dialect");
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteBoolean("header", true);
        w.WriteEndObject();
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var f in table.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            w.WriteString("type", f.Type);
            w.WriteString("title", f.Title);
            w.WriteString("description", f.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        Strings(w, "primaryKey", table.PrimaryKey);
        if (table.KeyedByEntry)
        {
            w.WriteStartArray("foreignKeys");
            w.WriteStartObject();
            Strings(w, "fields", ["code"]);
            w.WriteStartObject("reference");
            w.WriteString("resource", OpenDataTables.EntriesName);
            Strings(w, "fields", ["code"]);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
