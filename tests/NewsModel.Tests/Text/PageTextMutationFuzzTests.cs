using System.Globalization;
using System.Text;
using System.Text.Unicode;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>
/// Random mutations of the reference page through the non-throwing parse (string, UTF-8 and stream overloads).
/// Each case <c>i</c> draws from <c>new Random(BaseSeed + i)</c>, so a failure names the case and its mutations and
/// replays alone.
/// </summary>
/// <remarks>
/// Invariants checked for every mutated input:
/// <list type="number">
/// <item>no overload throws; the lenient parse always returns a page (the input is far below the size limit);</item>
/// <item>the string and UTF-8 overloads return equal pages (for invalid UTF-8 too: both replace each maximal invalid
///   subsequence by U+FFFD, as <see cref="Encoding.UTF8"/> does), and the UTF-8 overload reports invalid UTF-8 exactly
///   when the input has some;</item>
/// <item>every diagnostic names a line of the input and a column of at least 1;</item>
/// <item>it loses nothing: take the input's lines (split at LF, CR or CRLF, after decoding with replacement), trim each
///   of spaces and tabs, and drop the blank and spacer lines (white space only) and the label lines (those that equal a
///   label of <see cref="LabelCatalog.Default"/> under the documented rule, decided by <see cref="LabelOracle"/> and not by
///   the matcher: layout, not text). Each remaining line is one string
///   of the page (article headline, lead, body or caption; reaction; story or related card summary, title or caption;
///   consent title, message or button; unclassified text), counted as a multiset so that a duplicated line must be
///   kept twice.</item>
/// </list>
/// </remarks>
public sealed class PageTextMutationFuzzTests
{
    private const int Cases = 10_000;
    private const int BaseSeed = 20_251_223;
    private const int MaxReportedFailures = 8;

    // Bytes worth inserting: line ends, space, tab, NBSP's lead byte, continuation and invalid lead bytes, a BOM byte.
    private static readonly byte[] s_interestingBytes = [0x0A, 0x0D, 0x20, 0x09, 0xC2, 0xA0, 0x80, 0xBF, 0xC0, 0xC1, 0xE1, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x00, (byte)'.'];

    private static readonly string[] s_labels = [.. LabelCatalog.Default.LabelSets
        .SelectMany(set => LabelKeys.All.Select(key => set[key]))
        .OfType<string>()];

    [SkippableFact]
    public void TryParse_MutatedReferencePage_NeverThrowsAndLosesNothing()
    {
        var original = ReadReferencePage();
        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < MaxReportedFailures; i++)
        {
            var random = new Random(BaseSeed + i);
            var log = new List<string>();
            var input = Mutate(original, random, log);
            if (Check(input) is { } problem)
            {
                failures.Add($"case {i} (new Random({BaseSeed + i})): mutations [{string.Join("; ", log)}]: {problem}");
            }
        }

        failures.Should().BeEmpty("every mutation of the reference page parses without throwing and keeps all its text");
    }

    [SkippableFact]
    public void TryParse_ReferencePage_StringAndUtf8AgreeAndLoseNothing()
        => Check(ReadReferencePage()).Should().BeNull();

    [Fact]
    public void Check_LineDroppedFromPage_IsReported()
    {
        // The invariant itself must be able to fail: a text line that is no string of the page is reported.
        var kept = new NewsPage { Article = new NewsArticle { Summary = "Kept." } };
        Lost(["Kept.", "Dropped."], kept).Should().Equal("Dropped.");
    }

    // Read where it lies (never copied into the repo); without ../shared the test is skipped with the reason.
    private static byte[] ReadReferencePage() => Repository.ReadSharedBytes(Path.Combine("seed", "000_e916e260725cf719.txt"));

    /// <summary>Applies one to four random mutations; <paramref name="log"/> says which, to reproduce a failure.</summary>
    private static byte[] Mutate(byte[] original, Random random, List<string> log)
    {
        var bytes = new List<byte>(original);
        var count = random.Next(1, 5);
        for (var m = 0; m < count; m++)
        {
            var lines = SplitLines(bytes);
            var operation = random.Next(16);
            switch (operation)
            {
                case 0 when lines.Count > 1:
                    {
                        var at = random.Next(lines.Count);
                        lines.RemoveAt(at);
                        log.Add($"delete line {at + 1}");
                        break;
                    }

                case 1:
                    {
                        var at = random.Next(lines.Count);
                        lines.Insert(at, lines[at]);
                        log.Add($"duplicate line {at + 1}");
                        break;
                    }

                case 2:
                    {
                        var a = random.Next(lines.Count);
                        var b = random.Next(lines.Count);
                        (lines[a], lines[b]) = (lines[b], lines[a]);
                        log.Add($"swap lines {a + 1} and {b + 1}");
                        break;
                    }

                case 3:
                    {
                        var at = random.Next(lines.Count);
                        var cut = random.Next(lines[at].Length + 1);
                        lines[at] = lines[at][..cut];
                        log.Add($"truncate line {at + 1} to {cut} bytes");
                        break;
                    }

                case 4:
                    {
                        var cut = random.Next(bytes.Count + 1);
                        bytes.RemoveRange(cut, bytes.Count - cut);
                        log.Add($"truncate page to {cut} bytes");
                        continue;
                    }

                case 5 when bytes.Count > 0:
                    {
                        var at = random.Next(bytes.Count);
                        log.Add($"delete byte {at} (0x{bytes[at]:X2})");
                        bytes.RemoveAt(at);
                        continue;
                    }

                case 6:
                    {
                        var at = random.Next(bytes.Count + 1);
                        var value = random.Next(3) == 0 ? (byte)random.Next(256) : s_interestingBytes[random.Next(s_interestingBytes.Length)];
                        bytes.Insert(at, value);
                        log.Add($"insert byte 0x{value:X2} at {at}");
                        continue;
                    }

                case 7 when bytes.Count > 0:
                    {
                        var at = random.Next(bytes.Count);
                        var bit = random.Next(8);
                        bytes[at] ^= (byte)(1 << bit);
                        log.Add($"flip bit {bit} of byte {at}");
                        continue;
                    }

                case 8:
                    {
                        // One line end becomes CRLF (a CR before the join's LF) or a lone CR (the line joined to the next by CR).
                        var at = random.Next(lines.Count);
                        if (random.Next(2) == 0 || at + 1 == lines.Count)
                        {
                            lines[at] = [.. lines[at], (byte)'\r'];
                            log.Add($"line {at + 1} ends with CRLF");
                        }
                        else
                        {
                            lines[at] = [.. lines[at], (byte)'\r', .. lines[at + 1]];
                            lines.RemoveAt(at + 1);
                            log.Add($"line {at + 1} ends with CR");
                        }

                        break;
                    }

                case 9:
                    {
                        var crlf = random.Next(2) == 0;
                        var joined = string.Join(crlf ? "\r\n" : "\r", lines.Select(line => Encoding.Latin1.GetString(line)));
                        log.Add(crlf ? "all line ends CRLF" : "all line ends CR");
                        bytes = [.. Encoding.Latin1.GetBytes(joined)];
                        continue;
                    }

                case 10:
                    {
                        var at = random.Next(lines.Count + 1);
                        var label = s_labels[random.Next(s_labels.Length)];
                        lines.Insert(at, Encoding.UTF8.GetBytes(label));
                        log.Add($"insert label line \"{label}\" before line {at + 1}");
                        break;
                    }

                case 11:
                    {
                        var from = random.Next(lines.Count);
                        var line = lines[from];
                        lines.RemoveAt(from);
                        var to = random.Next(lines.Count + 1);
                        lines.Insert(to, line);
                        log.Add($"move line {from + 1} to {to + 1}");
                        break;
                    }

                case 12:
                    {
                        var at = random.Next(lines.Count + 1);
                        var spacer = random.Next(4) switch { 0 => "", 1 => "\u00A0", 2 => " \t ", _ => "\u00A0 \u00A0" };
                        lines.Insert(at, Encoding.UTF8.GetBytes(spacer));
                        log.Add($"insert blank or spacer line before line {at + 1}");
                        break;
                    }

                case 13:
                    {
                        var at = random.Next(lines.Count);
                        var pad = random.Next(2) == 0 ? " " : "\t ";
                        lines[at] = random.Next(2) == 0 ? [.. Encoding.UTF8.GetBytes(pad), .. lines[at]] : [.. lines[at], .. Encoding.UTF8.GetBytes(pad)];
                        log.Add($"pad line {at + 1} with spaces or tabs");
                        break;
                    }

                case 14:
                    {
                        // Join two neighbouring lines (a lost line break).
                        if (lines.Count > 1)
                        {
                            var at = random.Next(lines.Count - 1);
                            lines[at] = [.. lines[at], .. lines[at + 1]];
                            lines.RemoveAt(at + 1);
                            log.Add($"join lines {at + 1} and {at + 2}");
                        }

                        break;
                    }

                default:
                    {
                        // Split a line at a random byte (possibly inside a UTF-8 sequence).
                        var at = random.Next(lines.Count);
                        var cut = random.Next(lines[at].Length + 1);
                        var line = lines[at];
                        lines[at] = line[..cut];
                        lines.Insert(at + 1, line[cut..]);
                        log.Add($"split line {at + 1} at byte {cut}");
                        break;
                    }
            }

            bytes = JoinLines(lines);
        }

        return [.. bytes];
    }

    private static List<byte[]> SplitLines(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add([.. bytes.GetRange(start, i - start)]);
                start = i + 1;
            }
        }

        lines.Add([.. bytes.GetRange(start, bytes.Count - start)]);
        return lines;
    }

    private static List<byte> JoinLines(List<byte[]> lines)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                bytes.Add((byte)'\n');
            }

            bytes.AddRange(lines[i]);
        }

        return bytes;
    }

    /// <summary>Checks every invariant for one input; returns what failed, or <see langword="null"/>.</summary>
    private static string? Check(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        ParseResult<NewsPage> fromString, fromUtf8, fromStream;
        try
        {
            fromString = NewsPageText.ParseWithDiagnostics(text);
            fromUtf8 = NewsPageText.ParseWithDiagnostics(input.AsSpan());
            using var stream = new MemoryStream(input, writable: false);
            fromStream = NewsPageText.ParseWithDiagnostics(stream);
        }
#pragma warning disable CA1031 // The invariant under test is that nothing is thrown: any exception is the finding.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"threw {exception}";
        }

        if (!fromString.Success || !fromUtf8.Success || !fromStream.Success)
        {
            return $"returned no page: {string.Join(" | ", fromString.Diagnostics.Concat(fromUtf8.Diagnostics))}";
        }

        var valid = Utf8.IsValid(input);
        if (fromString.Value != fromUtf8.Value)
        {
            return $"string and UTF-8 overloads differ ({(valid ? "valid" : "invalid")} UTF-8)";
        }

        if (fromUtf8.Value != fromStream.Value)
        {
            return "UTF-8 span and stream overloads differ";
        }

        var reportsInvalid = fromUtf8.Diagnostics.Any(d => d.Code == NewsDiagnosticCode.InvalidUtf8);
        if (reportsInvalid == valid)
        {
            return valid ? "reports invalid UTF-8 in valid input" : "does not report invalid UTF-8";
        }

        var lines = SplitLines(text);
        foreach (var diagnostic in fromString.Diagnostics.Concat(fromUtf8.Diagnostics))
        {
            if (diagnostic.Line < 1 || diagnostic.Line > lines.Count || diagnostic.Column < 1)
            {
                return $"diagnostic outside the input ({lines.Count} lines): {diagnostic}";
            }
        }

        var lost = Lost(lines, fromString.Value);
        return lost.Count == 0 ? null : $"lost {lost.Count} line(s): {string.Join(" | ", lost.Select(Quote))}";
    }

    private static List<string> SplitLines(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        return [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')];
    }

    /// <summary>The text lines of the input that are no string of the page (as a multiset).</summary>
    internal static List<string> Lost(IEnumerable<string> lines, NewsPage page)
    {
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in StringsOf(page))
        {
            kept[value] = kept.GetValueOrDefault(value) + 1;
        }

        var lost = new List<string>();
        foreach (var line in lines)
        {
            var trimmed = line.Trim(' ', '\t');
            // The oracle, not the matcher: a line is layout only if the documented rule makes it a label.
            if (IsBlankOrSpacer(trimmed) || LabelOracle.IsLabel(trimmed))
            {
                continue;
            }

            if (kept.GetValueOrDefault(trimmed) > 0)
            {
                kept[trimmed]--;
            }
            else
            {
                lost.Add(trimmed);
            }
        }

        return lost;
    }

    private static IEnumerable<string?> StringsOfNullable(NewsPage page)
    {
        if (page.Article is { } article)
        {
            yield return article.Image?.Caption;
            yield return article.Headline;
            yield return article.Summary;
            foreach (var paragraph in article.Body)
            {
                yield return paragraph;
            }
        }

        yield return page.Tag?.Name;
        foreach (var reaction in page.Reactions)
        {
            yield return reaction.Text;
        }

        foreach (var story in page.Stories.Concat(page.RelatedStories))
        {
            yield return story.Image?.Caption;
            yield return story.Title;
            yield return story.Summary;
        }

        if (page.Consent is { } consent)
        {
            yield return consent.Title;
            yield return consent.Message;
            foreach (var action in consent.Actions)
            {
                yield return action.Label;
            }
        }

        foreach (var unclassified in page.UnclassifiedText)
        {
            yield return unclassified;
        }
    }

    internal static IEnumerable<string> StringsOf(NewsPage page) => StringsOfNullable(page).OfType<string>();

    // Only white space makes a spacer: a line of zero-width spaces or byte order marks is text.
    internal static bool IsBlankOrSpacer(string line) => line.All(char.IsWhiteSpace);

    private static string Quote(string text)
        => "\"" + (text.Length > 60 ? text[..60] + "…" : text) + "\" (" + text.Length.ToString(CultureInfo.InvariantCulture) + " chars)";
}
