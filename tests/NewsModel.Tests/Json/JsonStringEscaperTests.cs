using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsCheck;
using NewsModel.Json;

namespace NewsModel.Tests.Json;

/// <summary>
/// The fast escaper against its oracle, <see cref="Utf8JsonWriter"/> with the same encoder: every UTF-16 code unit alone
/// and between letters, every surrogate pair shape, and random strings biased towards the characters that are escaped.
/// </summary>
public sealed class JsonStringEscaperTests
{
    public static TheoryData<string> Encoders() => new() { "default", "relaxed" };

    [Theory]
    [MemberData(nameof(Encoders))]
    public void WriteQuoted_EveryCodeUnitAloneAndBetweenLetters_MatchesUtf8JsonWriter(string name)
    {
        var (escaper, encoder) = Pick(name);
        var mismatches = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            foreach (var text in new[] { ((char)c).ToString(), "ab" + (char)c + "cd", "Ẹ" + (char)c + "é" })
            {
                if (Escape(escaper, text) != Oracle(encoder, text))
                {
                    mismatches.Add($"U+{c:X4} in \"{text}\"");
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Encoders))]
    public void WriteQuoted_SurrogatePairsAndLoneSurrogates_MatchUtf8JsonWriter(string name)
    {
        var (escaper, encoder) = Pick(name);
        string[] texts = ["😀", "a😀b", "😀😀", "\uD83D", "\uDE00", "a\uD83Db", "\uDE00\uD83D", "\uD83D\uD83D\uDE00", "x\uD83D", "𝒳y"];

        foreach (var text in texts)
        {
            Escape(escaper, text).Should().Be(Oracle(encoder, text), $"the text holds {string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }

    [Theory]
    [MemberData(nameof(Encoders))]
    public void WriteQuoted_RandomTextRichInEscapes_MatchesUtf8JsonWriter(string name)
    {
        var (escaper, encoder) = Pick(name);
        var character = Gen.OneOf(
            Gen.Char['a', 'z'],
            Gen.Char["\"\\'<>&+`\n\t\u0001\u007F\u00A0\u00AD\u2028\u200B\uFEFFẹọ\u0301Жש中\uD83D\uDE00"],
            Gen.Char);
        var text = Gen.OneOf(Gen.String[character, 0, 40], Gen.String);

        text.Sample(value => Escape(escaper, value) == Oracle(encoder, value), iter: 20_000);
    }

    // Plain ASCII runs of every length around the one where the escaper stops walking and searches (16), between
    // escapes, letters of other scripts and surrogate pairs: the walk, the search and the copy must meet exactly.
    [Theory]
    [MemberData(nameof(Encoders))]
    public void WriteQuoted_AsciiRunsOfEveryLengthBetweenOthers_MatchesUtf8JsonWriterByteForByte(string name)
    {
        var (escaper, encoder) = Pick(name);
        var segment = Gen.Select(
            Gen.String[Gen.Char["abcxyz /:.-_0129"], 0, 70],
            Gen.OneOf(Gen.Char["\"\\'<>&+`\n\u007F\u00A0\u00E9\u07FF\u0800ẹ\u0301Жש中\uFFFD\uFFFF"], Gen.Char),
            (run, other) => run + other);
        var text = Gen.Select(segment.Array[1, 6], segments => string.Concat(segments));

        text.Sample(value => EscapeBytes(escaper, value).AsSpan().SequenceEqual(OracleBytes(encoder, value)), iter: 10_000);
    }

    private static (JsonStringEscaper Escaper, JavaScriptEncoder Encoder) Pick(string name)
        => name == "default"
            ? (JsonStringEscaper.Default, JavaScriptEncoder.Create(UnicodeRanges.All))
            : (JsonStringEscaper.Relaxed, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private static string Escape(JsonStringEscaper escaper, string text) => Encoding.UTF8.GetString(EscapeBytes(escaper, text));

    private static byte[] EscapeBytes(JsonStringEscaper escaper, string text)
    {
        var buffer = new byte[JsonStringEscaper.MaxQuotedLength(text.Length)];
        return buffer[..escaper.WriteQuoted(text, buffer)];
    }

    private static string Oracle(JavaScriptEncoder encoder, string text) => Encoding.UTF8.GetString(OracleBytes(encoder, text));

    private static byte[] OracleBytes(JavaScriptEncoder encoder, string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStringValue(text);
        }

        return stream.ToArray();
    }
}
