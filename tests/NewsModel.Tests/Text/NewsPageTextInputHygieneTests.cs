using System.Text;
using NewsModel.Localization;
using static NewsModel.Tests.Text.PageBuilder;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>The input hygiene cases of the foundation issue: line ends, BOM, normalization, padding, final newline, invalid UTF-8.</summary>
public sealed class NewsPageTextInputHygieneTests
{
    private static readonly string s_page = Blocks(
        Image("Ìlú Èkó nígbà òjò", "yo"),
        "Òjò ńlá rọ̀ ní Èkó",
        Label(LabelKey.AiGeneratedImage, "yo"),
        "Heavy rain flooded several roads in Lagos on Tuesday.",
        Label(LabelKey.WhatPeopleAreSaying, "yo"),
        "People on X shared photos of submerged cars.",
        Label(LabelKey.RelatedNews, "yo"),
        Label(LabelKey.AiReported, "yo"),
        "Drainage works start next month.",
        Banner("yo", LabelKey.CookieDecline));

    private static readonly NewsPage s_expected = NewsPageText.Parse(s_page);

    [Fact]
    public void Parse_CanonicalPage_IsTheBaseline()
    {
        s_expected.UiLanguage.Should().Be("yo");
        s_expected.Article!.Headline.Should().Be("Òjò ńlá rọ̀ ní Èkó");
        s_expected.RelatedStories.Should().ContainSingle().Which.AiReported.Should().BeTrue();
        s_expected.Consent!.Actions.Should().ContainSingle().Which.Kind.Should().Be(ConsentActionKind.Decline);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Parse_OtherLineEnds_GiveTheSamePage(string lineEnd)
    {
        var page = NewsPageText.Parse(s_page.Replace("\n", lineEnd, StringComparison.Ordinal));

        page.Should().Be(s_expected);
    }

    [Fact]
    public void Parse_MixedLineEnds_GiveTheSamePage()
    {
        var lines = s_page.Split('\n');
        var builder = new StringBuilder();
        string[] ends = ["\n", "\r\n", "\r"];
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                builder.Append(ends[i % 3]);
            }
        }

        NewsPageText.Parse(builder.ToString()).Should().Be(s_expected);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkippedInTextAndUtf8()
    {
        NewsPageText.Parse("\uFEFF" + s_page).Should().Be(s_expected);
        NewsPageText.Parse([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(s_page)]).Should().Be(s_expected);
    }

    [Fact]
    public void Parse_NfdInput_RecognisesTheLabels()
    {
        // Written out decomposed so the test holds with InvariantGlobalization, where string.Normalize does nothing.
        var nfdDecline = "K" + "o\u0323";
        var nfdTitle = "Oju\u0301-i\u0300we\u0301 yi\u0300i\u0301 nlo kuki";
        var text = s_page
            .Replace(Label(LabelKey.CookieDecline, "yo"), nfdDecline, StringComparison.Ordinal)
            .Replace(Label(LabelKey.CookieTitle, "yo"), nfdTitle, StringComparison.Ordinal);

        var page = NewsPageText.Parse(text);

        page.UiLanguage.Should().Be("yo");
        page.Consent!.Title.Should().Be(nfdTitle, "text values are kept as written");
        page.Consent.Actions.Should().Equal(new ConsentAction(ConsentActionKind.Decline, nfdDecline));
    }

    [Fact]
    public void Parse_UnderdotAsVerticalLineBelow_RecognisesTheLabel()
    {
        var text = Blocks("Headline of the day", "A lead sentence.", Label(LabelKey.CookieTitle, "yo"), Lines("A message.", "Ko\u0329"));

        var page = NewsPageText.Parse(text);

        page.Consent!.Actions.Should().Equal(new ConsentAction(ConsentActionKind.Decline, "Ko\u0329"));
    }

    [Theory]
    [InlineData(" ", "")]
    [InlineData("\t", "")]
    [InlineData("  \t", " \t ")]
    public void Parse_LeadingAndTrailingSpacesAndTabs_AreTrimmedFromEveryValue(string before, string after)
    {
        var padded = string.Join('\n', s_page.Split('\n').Select(line => line.Length == 0 ? line : before + line + after));

        NewsPageText.Parse(padded).Should().Be(s_expected);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n")]
    public void Parse_FinalNewlines_GiveTheSamePage(string ending)
    {
        NewsPageText.Parse(s_page + ending).Should().Be(s_expected);
    }

    [Fact]
    public void TryParse_InvalidUtf8_ReplacesItAndWarnsWithLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(Blocks("Headline", "Lead with a bad byte here.")).ToList();
        var at = bytes.IndexOf((byte)'b');
        bytes.Insert(at, 0xFF);

        var result = NewsPageText.ParseWithDiagnostics(bytes.ToArray());

        result.Value.Article!.Summary.Should().Be("Lead with a \uFFFDbad byte here.");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(NewsDiagnosticCode.InvalidUtf8);
        diagnostic.Severity.Should().Be(NewsDiagnosticSeverity.Warning);
        (diagnostic.Line, diagnostic.Column).Should().Be((3, 13));
    }

    [Fact]
    public void TryParse_TruncatedMultiByteSequenceAtEnd_IsReplaced()
    {
        var bytes = Encoding.UTF8.GetBytes("Headline\n\nLead ends in Ọ");

        var result = NewsPageText.ParseWithDiagnostics(bytes.AsSpan(0, bytes.Length - 1));

        result.Value.Article!.Summary.Should().Be("Lead ends in \uFFFD");
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InvalidUtf8);
    }

    [Fact]
    public void Parse_InvalidUtf8InStrictMode_ThrowsWithPosition()
    {
        byte[] bytes = [.. "Headline\n\nLead "u8, 0xC3, 0x28, .. " rest."u8];

        var act = () => NewsPageText.Parse(bytes, new NewsPageTextOptions { Strict = true });

        var exception = act.Should().Throw<NewsFormatException>().Which;
        exception.Diagnostic!.Code.Should().Be(NewsDiagnosticCode.InvalidUtf8);
        (exception.Diagnostic!.Line, exception.Diagnostic!.Column).Should().Be((3, 6));
        exception.Message.Should().Be(exception.Diagnostic.Message, "the message does not repeat the position").And.NotContain("3:6");
        exception.Diagnostic.Format("page.txt").Should().StartWith("page.txt:3:6: error NM1002: ");
    }

    [Fact]
    public void Parse_Utf8AndStreamOverloads_EqualTheStringOverload()
    {
        var bytes = Encoding.UTF8.GetBytes(s_page);

        NewsPageText.Parse(bytes).Should().Be(s_expected);
        NewsPageText.Parse(new MemoryStream(bytes)).Should().Be(s_expected);
        NewsPageText.Parse(TestStreams.Trickling(bytes, chunk: 7)).Should().Be(s_expected);
    }
}
