using System.Text.Encodings.Web;

namespace NewsModel;

/// <summary>How <see cref="NewsPageJson"/> reads and writes JSON. Immutable; <see cref="Default"/> writes compact JSON.</summary>
public sealed record NewsPageJsonOptions
{
    /// <summary>The default maximum nesting depth of JSON read.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default options.</summary>
    public static NewsPageJsonOptions Default { get; } = new();

    /// <summary>The default <see cref="MaxInputLength"/>: 4 MiB (4,194,304 bytes of UTF-8), as for page text.</summary>
    public const int DefaultMaxInputLength = InputLimit.DefaultMaxBytes;

    /// <summary>Whether written JSON is indented for people to read (two spaces, LF line ends).</summary>
    public bool WriteIndented { get; init; }

    /// <summary>
    /// The encoder of written strings, or <see langword="null"/> for the default, which keeps letters of every script as
    /// they are but escapes what HTML and JavaScript treat specially (<c>&lt; &gt; &amp; ' " + `</c>), so that the output
    /// can be embedded in a web page safely. Output for people or for JSON-only stores can use
    /// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, which writes apostrophes and quotes in text as they are.
    /// </summary>
    public JavaScriptEncoder? Encoder { get; init; }

    /// <summary>
    /// The deepest nesting read; deeper JSON is an error (<see cref="NewsDiagnosticCode.JsonTooDeep"/>). The root object
    /// counts as 1; a page needs 4 (root, <c>relatedStories</c>, a story, its <c>image</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth { get; init => field = InputLimit.ValidateDepth(value); } = DefaultMaxDepth;

    /// <summary>
    /// Reading: the largest input read, in bytes of UTF-8, the unit of every reader's limit
    /// (<see cref="NewsPageTextOptions.MaxInputLength"/> too). Byte and stream input count their bytes; a string counts the
    /// bytes of its UTF-8 encoding. Larger input is an error (<see cref="NewsDiagnosticCode.InputTooLarge"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxInputLength { get; init => field = InputLimit.Validate(value); } = DefaultMaxInputLength;
}
