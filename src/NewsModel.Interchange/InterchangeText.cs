using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NewsModel.Json;

namespace NewsModel.Interchange;

/// <summary>
/// What the interchange formats share besides dates (<see cref="InterchangeDates"/>) and plain-text paragraphs (<see cref="PlainTextParagraphs"/>): HTML paragraphs of body text, and JSON strings escaped by the core's
/// <see cref="JsonStringEscaper"/> (so that every format's output is as safe to embed in a web page as NewsModel's own JSON).
/// </summary>
internal static class InterchangeText
{
    // Keeps letters of every script as they are; escapes what HTML treats specially (and lone surrogates, as U+FFFD).
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Appends a paragraph as HTML: <c>&lt;p&gt;</c>, the text HTML-encoded, <c>&lt;/p&gt;</c>.</summary>
    public static void AppendHtmlParagraph(System.Text.StringBuilder html, string paragraph)
    {
        html.Append("<p>");
        using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
        {
            s_html.Encode(writer, paragraph);
        }

        html.Append("</p>");
    }
}

/// <summary>
/// Writes JSON strings through the core's <see cref="JsonStringEscaper"/> when the output is compact with the library's
/// encoder (byte for byte what <see cref="Utf8JsonWriter"/> would write, faster), else through the writer itself.
/// </summary>
internal sealed class InterchangeJsonWriter : IDisposable
{
    private readonly JsonStringEscaper? _escaper;
    private byte[]? _scratch;

    public InterchangeJsonWriter(Utf8JsonWriter writer, bool useEscaper)
    {
        Writer = writer;
        _escaper = useEscaper ? JsonStringEscaper.Default : null;
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>The writer options of the library's interchange output: its encoder, LF line ends.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Encoder = NewsPageJson.DefaultEncoder,
        Indented = indented,
        NewLine = "\n",
        SkipValidation = true,
    };

    public void WriteString(JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            return;
        }

        Writer.WritePropertyName(name);
        WriteStringValue(value);
    }

    public void WriteStringValue(string value)
    {
        if (_escaper is null)
        {
            Writer.WriteStringValue(value);
            return;
        }

        _escaper.WriteValue(Writer, value, ref _scratch);
    }

    public void Dispose()
    {
        if (_scratch is not null)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = null;
        }
    }
}
