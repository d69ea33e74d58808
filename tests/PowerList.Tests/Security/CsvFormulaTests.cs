using System.Text;
using PowerList.Export;
using PowerList.Import.Reading;
using PowerList.Tests.Site;
using PowerList.Tabular;

namespace PowerList.Tests.Security;

/// <summary>
/// CSV downloads are opened in spreadsheets: no cell may start with a formula character (<c>= + - @</c>, tab,
/// CR), so <c>=HYPERLINK(…)</c> or <c>=cmd|…</c> in the data stays text; importing the CSV gives the text back.
/// </summary>
public sealed class CsvFormulaTests
{
    public static TheoryData<string> Formulas() => new()
    {
        "=HYPERLINK(\"https://evil.example/\",\"点此查看\")",
        "=cmd|' /C calc'!A0",
        "+1+1",
        "-2+3+cmd|' /C notepad'!'A1'",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "'=already guarded",
    };

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Exported_csv_cells_never_start_a_formula_and_import_gives_the_text_back(string formula)
    {
        var lists = SampleLists.Create();
        var file = lists.Files[0];
        var entry = file.Entries[0] with { Name = formula, Handler = formula, Notes = formula };
        lists = lists with { Files = lists.Files.SetItem(0, file with { Entries = file.Entries.SetItem(0, entry) }) };

        foreach (var format in new[] { "csv", Exporter.TableCsv })
        {
            var csv = Encoding.UTF8.GetString(Exporter.Export(lists, format));
            var rows = CsvSheetReader.Parse(csv.TrimStart('\uFEFF'));
            foreach (var raw in csv.Split("\r\n").SelectMany(l => l.Split(',')))
            {
                raw.TrimStart('"').ShouldNotStartWith("=");
                raw.TrimStart('"').ShouldNotStartWith("+");
                raw.TrimStart('"').ShouldNotStartWith("@");
            }

            rows.SelectMany(r => r).ShouldContain(formula);
        }
    }

    [Fact]
    public void Ordinary_text_is_untouched()
    {
        FormulaGuard.Guard("650200-FGW-CF-0001").ShouldBe("650200-FGW-CF-0001");
        FormulaGuard.Guard("行政处罚").ShouldBe("行政处罚");
        FormulaGuard.Unguard("'不是公式").ShouldBe("'不是公式");
        FormulaGuard.Unguard(FormulaGuard.Guard("-5")).ShouldBe("-5");
    }
}
