using System.Text;
using System.Text.Json;
using CsCheck;
using NewsModel.Interchange.JsonLd;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>
/// The output is safe inside <c>&lt;script type="application/ld+json"&gt;</c> whatever the page holds: generated hostile
/// content in every field (<c>&lt;/script</c> in every case, <c>&lt;!--</c>, pieces that only meet across fields), and the
/// output holds no <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c> at all, nor a raw U+2028 or U+2029; lone surrogates become U+FFFD.
/// </summary>
public sealed class NewsPageJsonLdHtmlSafetyTests
{
    public static TheoryData<bool> Indentation => new() { false, true };

    [Theory]
    [MemberData(nameof(Indentation))]
    public void Serialize_HostileGeneratedPage_HoldsNothingThatEndsOrOpensAScriptOrComment(bool indented)
        => JsonLdPageGenerators.Page.Sample(
            page =>
            {
                var json = NewsPageJsonLd.Serialize(page, new NewsPageJsonLdOptions { WriteIndented = indented });
                AssertScriptSafe(json);
                var bytes = NewsPageJsonLd.SerializeToUtf8Bytes(page, new NewsPageJsonLdOptions { WriteIndented = indented });
                Encoding.UTF8.GetString(bytes).Should().Be(json);
            },
            iter: 2000);

    [Fact]
    public void Serialize_ScriptEndInEveryCase_IsEscaped()
        => JsonLdPageGenerators.ScriptTag.Sample(
            tag =>
            {
                var page = new NewsPage { Article = new NewsArticle { Headline = tag, Body = [tag + "x"], Keywords = [tag] }, Tag = new NewsTag { Name = tag } };
                var json = NewsPageJsonLd.Serialize(page);
                AssertScriptSafe(json);
                json.Should().Contain("\\u003C");
                NewsPageJsonLd.Deserialize(json).Article!.Headline.Should().Be(tag);
            },
            iter: 500);

    [Fact]
    public void Serialize_CommentOpenSplitAcrossFields_NeverMeetsInTheOutput()
    {
        // "<!" ends one field, "--" starts the next: were "<" written raw, the element's text would hold "<!" + "…--".
        var page = new NewsPage
        {
            Article = new NewsArticle { Headline = "a<!", Summary = "--b", Body = ["<", "!--", "</scr", "ipt>"] },
        };

        var json = NewsPageJsonLd.Serialize(page);

        AssertScriptSafe(json);
        NewsPageJsonLd.Deserialize(json).Article!.Body.Should().Equal("<", "!--", "</scr", "ipt>");
    }

    [Theory]
    [MemberData(nameof(Indentation))]
    public void Serialize_LoneSurrogates_WritesReplacementCharacters(bool indented)
        => JsonLdPageGenerators.LoneSurrogateText.Sample(
            text =>
            {
                var page = new NewsPage { Article = new NewsArticle { Headline = text, Body = ["p" + text] } };

                var json = NewsPageJsonLd.Serialize(page, new NewsPageJsonLdOptions { WriteIndented = indented });

                AssertScriptSafe(json);
                var expected = Replaced(text);
                var read = NewsPageJsonLd.Deserialize(json).Article!;
                read.Headline.Should().Be(expected);
                read.Body.Should().Equal("p" + expected);
            },
            iter: 1000);

    [Fact]
    public void Serialize_LettersOfEveryScript_AreNotEscaped()
    {
        var page = new NewsPage { Article = new NewsArticle { Headline = "Àwòrán tí AI ṣe — Жжё 中文 مرحبا" } };

        NewsPageJsonLd.Serialize(page).Should().Contain("Àwòrán tí AI ṣe — Жжё 中文 مرحبا");
    }

    private static void AssertScriptSafe(string json)
    {
        json.Should().NotContainAny("<", ">", "&", "\u2028", "\u2029");
        json.Should().NotContainEquivalentOf("</script").And.NotContain("<!--");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("@context").GetString().Should().Be("https://schema.org");
    }

    // What UTF-16 with lone surrogates is as Unicode text: each lone surrogate U+FFFD.
    private static string Replaced(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
