using System.Text;
using PowerList.Tabular;

namespace PowerList.Import.Reading;

/// <summary>
/// Reads a CSV file as one sheet (RFC 4180: quoted fields may hold commas, quotes and line breaks).
/// Encoding: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030. The delimiter is the one
/// of comma, tab and semicolon that occurs most often outside quotes in the first line.
/// </summary>
public static class CsvSheetReader
{
    static CsvSheetReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding DetectEncoding(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030");
        }
    }

    public static RawSheet Read(byte[] bytes, string sheetName)
    {
        var text = DetectEncoding(bytes).GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return WorkbookReader.Build(sheetName, Parse(text), []);
    }

    public static List<string[]> Parse(string text)
    {
        var delimiter = DetectDelimiter(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }

                i++;
                continue;
            }

            if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                row.Add(FormulaGuard.Unguard(field.ToString()));
                field.Clear();
            }
            else if (ch == '\r' || ch == '\n')
            {
                row.Add(FormulaGuard.Unguard(field.ToString()));
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                field.Append(ch);
            }

            i++;
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(FormulaGuard.Unguard(field.ToString()));
            rows.Add(row.ToArray());
        }

        return rows;
    }

    private static char DetectDelimiter(string text)
    {
        int comma = 0, tab = 0, semicolon = 0;
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (ch == '\n' || ch == '\r'))
            {
                break;
            }
            else if (!quoted)
            {
                switch (ch)
                {
                    case ',': comma++; break;
                    case '\t': tab++; break;
                    case ';': semicolon++; break;
                }
            }
        }

        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
}
