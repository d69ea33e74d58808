using System.Text;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Tests.Site.Pages;

/// <summary><see cref="Utf8PageWriter"/> and <see cref="TemplateSet.RenderUtf8"/>: the bytes of the rendered string, without the string.</summary>
public sealed class Utf8PageWriterTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void Writes_the_bytes_of_the_same_text_encoded_at_once_across_its_buffer_and_a_split_surrogate_pair()
    {
        var text = new StringBuilder();
        var writes = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            // Pieces of 1–7 characters: Chinese, ASCII, escapes, a pair (𠀀) that some writes end in the middle of.
            var piece = (i % 5) switch
            {
                0 => "权责清单",
                1 => "<a href=\"x\">",
                2 => "\ud840",
                3 => "\udc00&amp;",
                _ => "é",
            };
            writes.Add(piece);
            text.Append(piece);
        }

        var writer = Utf8PageWriter.ForThread(null);
        foreach (var (piece, i) in writes.Select((p, i) => (p, i)))
        {
            if (i % 3 == 0)
            {
                foreach (var c in piece)
                {
                    writer.Write(c);
                }
            }
            else
            {
                writer.Write(piece);
            }
        }

        var bytes = writer.Take();

        text.Length.ShouldBeGreaterThan(4096 * 2, "more than the writer's character buffer");
        bytes.ShouldBe(Utf8.GetBytes(text.ToString()));
    }

    [Fact]
    public void A_lone_surrogate_at_the_end_is_the_replacement_character_and_the_writer_is_empty_after_take()
    {
        var writer = Utf8PageWriter.ForThread(null);
        writer.Write("页\ud840");

        writer.Take().ShouldBe(Utf8.GetBytes("页\ud840"));
        writer.Write("b");
        writer.Take().ShouldBe("b"u8.ToArray());
        Utf8PageWriter.ForThread(null).ShouldBeSameAs(writer);
    }

    [Fact]
    public void Every_page_template_renders_to_the_utf8_of_its_string_rendering()
    {
        var templates = TemplateSet.Load(TemplateSource.Embedded);
        var model = new { };
        foreach (var kind in new[] { "about", "search" })
        {
            templates.RenderUtf8(kind, model).ShouldBe(Utf8.GetBytes(templates.Render(kind, model)));
        }
    }
}
