using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// The reader's shortcut past the HTML parser: when a body's HTML is exactly the plain body's paragraphs as the writer
/// encodes them, it takes the plain paragraphs. The HTML parser (AngleSharp) is the oracle that they are what it would read.
/// </summary>
public sealed class NinjsHtmlTests
{
    [Theory]
    [InlineData(NinjsVersion.V3_1)]
    [InlineData(NinjsVersion.V2_2)]
    public void Deserialize_BothBodies_ReadsWhatTheHtmlBodyAloneReads(NinjsVersion version)
    {
        var shortcuts = 0;
        var total = 0;
        NinjsGenerators.Text.Where(text => text.Length > 0).Array[1, 6].Sample(
            body =>
            {
                total++;
                var page = Page(body);
                var both = NewsPageNinjs.Serialize(page, version);
                var htmlOnly = WithoutPlainBody(both);
                var bodies = JsonNode.Parse(both)!["bodies"]!.AsArray();
                if (bodies[1]!["value"]!.GetValue<string>() == Html(NinjsHtml.PlainParagraphs(bodies[0]!["value"]!.GetValue<string>())))
                {
                    shortcuts++;
                }

                return NewsPageNinjs.Deserialize(both).Article!.Body.SequenceEqual(NewsPageNinjs.Deserialize(htmlOnly).Article!.Body);
            },
            iter: 3_000,
            print: body => string.Join(" | ", body.Select(p => string.Concat(p.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}")))));

        // The shortcut must be the common case, or this test would check little of it.
        shortcuts.Should().BeGreaterThan(total / 4, "most generated bodies are written as their plain paragraphs");
    }

    [Fact]
    public void Deserialize_HtmlBodyThatDiffersFromThePlainBody_ReadsTheHtml()
    {
        const string item = """
            {"uri": "urn:a:1", "type": "text", "headlines": [{"value": "H"}],
             "bodies": [{"contentType": "text/plain", "value": "Old text."}, {"contentType": "text/html", "value": "<p>New <b>text</b>.</p>"}]}
            """;

        NewsPageNinjs.Deserialize(item).Article!.Body.Should().Equal("New text.");
    }

    private static NewsPage Page(string[] body)
        => new() { Article = new NewsArticle { Headline = "H", Summary = "S", Body = [.. body] } };

    // The same item with the plain-text body taken out: the reader then has only the HTML, which AngleSharp parses.
    private static string WithoutPlainBody(string ninjs)
    {
        var item = JsonNode.Parse(ninjs)!.AsObject();
        item["bodies"]!.AsArray().RemoveAt(0);
        return item.ToJsonString();
    }

    private static string Html(IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            InterchangeText.AppendHtmlParagraph(html, paragraph);
        }

        return html.ToString();
    }
}
