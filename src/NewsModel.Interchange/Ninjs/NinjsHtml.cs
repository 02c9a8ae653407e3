using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// Turns a body into paragraphs. HTML goes through AngleSharp's HTML5 parser: block elements (<c>p</c>, <c>div</c>,
/// headings, list items, …) end a paragraph, two or more <c>&lt;br&gt;</c> in a row end one too (a single one is a line
/// break read as a space), entities are decoded, runs of HTML white space become one space, and empty paragraphs are left
/// out. <c>script</c>, <c>style</c> and similar elements are removed with a warning; embedded media (<c>img</c>,
/// <c>iframe</c>, …) are reported as not kept. Plain text is split at blank lines.
/// </summary>
internal static class NinjsHtml
{
    // Deeper markup would cost the HTML5 tree builder time in proportion to its depth for every tag: such a body is read
    // as text without its markup instead, in linear time.
    private const int MaxMarkupDepth = 512;

    private static readonly FrozenSet<string> s_blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
        "article", "aside", "header", "footer", "figure", "figcaption", "table", "tr", "td", "th", "caption", "hr", "address",
        "main", "nav", "details", "summary", "body");

    private static readonly FrozenSet<string> s_removed = FrozenSet.Create(StringComparer.Ordinal, "script", "style", "noscript", "template", "title");

    private static readonly FrozenSet<string> s_media = FrozenSet.Create(
        StringComparer.Ordinal, "img", "picture", "video", "audio", "iframe", "object", "embed", "svg", "canvas", "math", "form", "input", "select", "textarea", "button");

    private static readonly FrozenSet<string> s_void = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_voidLookup = s_void.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<string> Paragraphs(string html, string path, JsonFindings diagnostics)
    {
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        if (MarkupDepth(html) > MaxMarkupDepth)
        {
            diagnostics.Warning(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.DeepMarkup(MaxMarkupDepth), path);
            AddParagraph(paragraphs, new StringBuilder(WebUtility.HtmlDecode(StripTags(html))));
            return paragraphs.ToImmutable();
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var text = new StringBuilder();
        var breaks = 0;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // From the root: the parser moves a leading <style> or <script> into <head>, where it must still be seen.
        INode? node = document.DocumentElement;
        var root = node;
        while (node is not null)
        {
            var descend = false;
            if (node is IText textNode)
            {
                var data = textNode.Data;
                if (breaks > 0 && !IsHtmlWhiteSpace(data))
                {
                    EndBreaks(paragraphs, text, ref breaks);
                }

                text.Append(data);
            }
            else if (node is IElement element)
            {
                var name = element.LocalName;
                if (s_removed.Contains(name))
                {
                    if (reported.Add(name))
                    {
                        diagnostics.Warning(NewsDiagnosticCode.UnmappedValue, InterchangeMessages.RemovedElement(name), path);
                    }
                }
                else if (s_media.Contains(name))
                {
                    if (reported.Add(name))
                    {
                        diagnostics.Warning(NewsDiagnosticCode.UnmappedValue, InterchangeMessages.NotKeptElement(name), path);
                    }
                }
                else if (name == "br")
                {
                    breaks++;
                }
                else
                {
                    if (s_blocks.Contains(name))
                    {
                        breaks = 0;
                        AddParagraph(paragraphs, text);
                    }

                    descend = node.FirstChild is not null;
                }
            }

            if (descend)
            {
                node = node.FirstChild;
                continue;
            }

            // Leave the node, and every ancestor whose last child it is, ending the paragraph of each block left.
            while (node is not null && node != root && node.NextSibling is null)
            {
                node = node.Parent;
                if (node is IElement parent && s_blocks.Contains(parent.LocalName))
                {
                    breaks = 0;
                    AddParagraph(paragraphs, text);
                }
            }

            node = node is null || node == root ? null : node.NextSibling;
        }

        AddParagraph(paragraphs, text);
        return paragraphs.ToImmutable();
    }

    /// <summary>Paragraphs of a plain-text body: split at blank lines (<see cref="PlainTextParagraphs"/>), each one's white space collapsed (wrapped lines join).</summary>
    public static ImmutableArray<string> PlainParagraphs(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        foreach (var paragraph in PlainTextParagraphs.Split(text))
        {
            AddParagraph(paragraphs, new StringBuilder(paragraph));
        }

        return paragraphs.ToImmutable();
    }

    // A run of two or more <br> ends the paragraph; a single one is a line break inside it, read as a space.
    private static void EndBreaks(ImmutableArray<string>.Builder paragraphs, StringBuilder text, ref int breaks)
    {
        if (breaks >= 2)
        {
            AddParagraph(paragraphs, text);
        }
        else
        {
            text.Append(' ');
        }

        breaks = 0;
    }

    // The paragraph's white space collapsed and trimmed; empty paragraphs are not kept.
    private static void AddParagraph(ImmutableArray<string>.Builder paragraphs, StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    space = collapsed.Length > 0;
                }
                else
                {
                    if (space)
                    {
                        collapsed.Append(' ');
                        space = false;
                    }

                    collapsed.Append(c);
                }
            }
        }

        text.Clear();
        if (collapsed.Length > 0)
        {
            paragraphs.Add(collapsed.ToString());
        }
    }

    private static readonly SearchValues<char> s_whiteSpace = SearchValues.Create(" \t\n\r\f");

    private static readonly SearchValues<char> s_nameEnd = SearchValues.Create(" \t\n\r\f/><");

    private static bool IsHtmlWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(s_whiteSpace) < 0;

    // How deep the start tags nest, counted roughly without parsing: start tags up, end tags down, void and self-closed tags neither.
    private static int MarkupDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var span = html.AsSpan();
        var i = span.IndexOf('<');
        while (i >= 0 && i + 1 < span.Length)
        {
            var next = span[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                // Every search stops at the next '<', so the scan stays linear.
                var end = span[(i + 1)..].IndexOfAny(s_nameEnd);
                var nameEnd = end < 0 ? span.Length : i + 1 + end;
                var stop = span[(i + 1)..].IndexOfAny('<', '>');
                var selfClosed = stop > 0 && span[i + 1 + stop] == '>' && span[i + stop] == '/';
                if (!selfClosed && !s_voidLookup.Contains(span[(i + 1)..nameEnd]))
                {
                    max = Math.Max(max, ++depth);
                }
            }

            var following = span[(i + 1)..].IndexOf('<');
            i = following < 0 ? -1 : i + 1 + following;
        }

        return max;
    }

    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                text.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
