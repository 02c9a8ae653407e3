using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>Issue 6 §4: the reading and writing API follows .NET's conventions.</summary>
public sealed class NewsPageTextApiTests
{
    private const string Text = "Storm closes the harbour\n\nThe port stayed shut on Monday.\n\nFerries resume on Tuesday.";

    private static readonly NewsPageTextOptions s_strict = new() { Strict = true };

    // A page with a block after its cookie banner: a warning, which strict mode makes an error.
    private static readonly string s_warned = string.Join("\n\n", Text, Label(LabelKey.CookieTitle), Label(LabelKey.CookieMessage), "Stray footer.");

    [Fact]
    public void TryParse_GoodText_ReturnsTrueWithTheParsedPage()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Text);

        NewsPageText.TryParse(Text, out var fromText).Should().BeTrue();
        NewsPageText.TryParse(utf8, out var fromBytes).Should().BeTrue();
        NewsPageText.TryParse(new MemoryStream(utf8), out var fromStream).Should().BeTrue();

        fromText.Should().Be(NewsPageText.Parse(Text));
        fromBytes.Should().Be(fromText);
        fromStream.Should().Be(fromText);
    }

    [Fact]
    public void TryParse_BadText_ReturnsFalseAndNoPage()
    {
        NewsPageText.TryParse(Text, new NewsPageTextOptions { MaxInputLength = 10 }, out var tooLarge).Should().BeFalse();
        NewsPageText.TryParse(s_warned, s_strict, out var strict).Should().BeFalse();
        NewsPageJson.TryDeserialize("{}", out var json).Should().BeFalse();

        tooLarge.Should().BeNull();
        strict.Should().BeNull();
        json.Should().BeNull();
    }

    [Fact]
    public void TryParse_AgreesWithParseWithDiagnostics()
    {
        string[] inputs = [Text, string.Empty, "  ", s_warned];

        foreach (var input in inputs)
        {
            foreach (var options in new[] { null, s_strict })
            {
                var result = NewsPageText.ParseWithDiagnostics(input, options);
                NewsPageText.TryParse(input, options, out var page).Should().Be(result.Success);
                page.Should().Be(result.GetValueOrDefault());
            }
        }
    }

    [Fact]
    public void CallsWithOnlyNulls_Bind_AndThrowArgumentNullException()
    {
        // Compiling is half of this test: none of these calls is ambiguous.
        var calls = new Action[]
        {
            () => NewsPageText.Parse(null!),
            () => NewsPageText.Parse(null!, null),
            () => _ = NewsPageText.TryParse(null!, out _),
            () => _ = NewsPageText.TryParse(null!, null, out _),
            () => NewsPageText.ParseWithDiagnostics(null!),
            () => NewsPageText.ParseWithDiagnostics(null!, null),
            () => NewsPageText.Write(null!),
            () => NewsPageText.Write(null!, null),
            () => NewsPageText.Write(new StringWriter(), null!),
            () => NewsPageJson.Deserialize(null!),
            () => NewsPageJson.Deserialize(null!, null),
            () => _ = NewsPageJson.TryDeserialize(null!, out _),
            () => _ = NewsPageJson.TryDeserialize(null!, null, out _),
            () => NewsPageJson.DeserializeWithDiagnostics(null!),
            () => NewsPageJson.DeserializeWithDiagnostics(null!, null),
            () => NewsPageJson.Serialize(null!),
            () => NewsPageJson.Serialize(null!, null),
        };

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentNullException>();
        }
    }

    [Fact]
    public void Write_PageAndNullOptions_UsesTheDefaults()
    {
        var page = NewsPageText.Parse(Text);

        NewsPageText.Write(page, null).Should().Be(NewsPageText.Write(page)).And.Be(Text);
    }

    [Fact]
    public void Write_PageWhoseUiLanguageTheCatalogLacks_NamesThePagesLanguage()
    {
        var page = new NewsPage { UiLanguage = "tlh", RelatedStories = [new StoryCard { Summary = "A card." }] };

        var act = () => NewsPageText.Write(page);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("page");
        exception.Message.Should().Contain("page's interface language 'tlh'").And.Contain("NewsPage.UiLanguage").And.NotContain("options");
    }

    [Fact]
    public void Write_OptionsLanguageTheCatalogLacks_NamesTheOption()
    {
        var page = new NewsPage { UiLanguage = "en", RelatedStories = [new StoryCard { Summary = "A card." }] };

        var act = () => NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = "tlh" });

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("options");
        exception.Message.Should().Contain("'tlh'").And.Contain("NewsPageTextOptions.UiLanguage");
    }

    [Fact]
    public void ContentLanguage_IsAFactOfThePage_NotOfTheOptions()
    {
        typeof(NewsPageTextOptions).GetProperty(nameof(NewsPage.ContentLanguage)).Should().BeNull();

        var page = NewsPageText.Parse(Text) with { ContentLanguage = "en" };

        page.ContentLanguage.Should().Be("en");
        NewsPageText.Parse(NewsPageText.Write(page)).Should().Be(page with { ContentLanguage = null }, "the page text does not state it");
    }

    private static string Label(LabelKey key) => LabelCatalog.Default.GetLabel("en", key)!;
}
