using System.Collections.Immutable;

namespace NewsModel.Interchange;

/// <summary>
/// Paragraphs in a plain-text body (schema.org <c>articleBody</c>, ninjs <c>body_text</c>), one rule both ways: written
/// joined by one blank line; read split at blank lines (a line end, any lines of white space only, a line end), where a
/// line ends at LF, CR or CRLF as everywhere in the library. A paragraph keeps its single line ends and its spaces as
/// they are; white-space-only lines at its start or end go with the blank line around it.
/// </summary>
/// <remarks>
/// So a paragraph reads back as written when every line of it holds a character that is not white space: an empty
/// paragraph, one of white space only, or one holding a blank line or starting or ending with a line end does not.
/// </remarks>
internal static class PlainTextParagraphs
{
    public const string Separator = "\n\n";

    public static string Join(ImmutableArray<string> paragraphs) => string.Join(Separator, paragraphs);

    /// <summary>The paragraphs of <paramref name="text"/>, in order; none for white space only.</summary>
    public static ImmutableArray<string> Split(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var span = text.AsSpan();
        var paragraphStart = -1;
        var paragraphEnd = -1;
        var lineStart = 0;
        while (lineStart <= span.Length)
        {
            var rest = span[lineStart..];
            var end = rest.IndexOfAny('\r', '\n');
            var lineEnd = end < 0 ? span.Length : lineStart + end;
            if (span[lineStart..lineEnd].IsWhiteSpace())
            {
                if (paragraphStart >= 0)
                {
                    paragraphs.Add(text[paragraphStart..paragraphEnd]);
                    paragraphStart = -1;
                }
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }

                paragraphEnd = lineEnd;
            }

            if (end < 0)
            {
                break;
            }

            lineStart = lineEnd + TextPosition.LineEndLength(span, lineEnd);
        }

        if (paragraphStart >= 0)
        {
            paragraphs.Add(text[paragraphStart..paragraphEnd]);
        }

        return paragraphs.ToImmutable();
    }
}
