using NewsModel.Localization;
using NewsModel.Tests.Samples;
using NewsModel.Tests.TestSupport;
using static NewsModel.Tests.Text.PageBuilder;

namespace NewsModel.Tests.Text;

/// <summary>Label drift: a heading the catalog does not know is kept as text, with a warning that says how to teach it.</summary>
public sealed class NewsPageTextLabelDriftTests
{
    // An invented new wording of the German "Related news" heading, followed by the section's cards.
    private static string GermanPageWithUnknownHeading(string heading)
        => Blocks(
            "Eine Überschrift",
            "Ein einleitender Satz.",
            "Ein Absatz des Artikels.",
            heading,
            "Ein Foto vom Hafen.\n" + Label(LabelKey.AiGeneratedImage, "de"),
            "Ein Kartentitel",
            Label(LabelKey.AiReported, "de") + " " + Label(LabelKey.AiGeneratedImage, "de"),
            "Eine Zusammenfassung.",
            "Zweiter Kartentitel",
            Label(LabelKey.AiReported, "de"),
            "Noch eine Zusammenfassung.");

    [Fact]
    public void TryParse_UnknownHeadingBeforeCards_WarnsOnceAtTheHeadingAndKeepsIt()
    {
        var text = GermanPageWithUnknownHeading("Weitere Artikel");

        var result = NewsPageText.ParseWithDiagnostics(text);

        var drift = result.Diagnostics.Where(d => d.Code == NewsDiagnosticCode.PossibleUnknownLabel).Should().ContainSingle().Subject;
        (drift.Line, drift.Column, drift.Severity).Should().Be((7, 1, NewsDiagnosticSeverity.Warning));
        drift.Message.Should().Contain("Weitere Artikel").And.Contain("catalog");
        NewsPageTextLayoutTests.AllText(result.Value).Should().Contain("Weitere Artikel", "the line keeps its place: nothing is dropped");
        result.Value.UiLanguage.Should().Be("de");
    }

    [Fact]
    public void TryParse_UnknownHeadingAfterReactions_WarnsAndKeepsItAmongTheReactions()
    {
        // With a known section before it, the unknown heading and its cards would read as more reactions.
        var text = Blocks(
            "Eine Überschrift",
            "Ein einleitender Satz.",
            Label(LabelKey.WhatPeopleAreSaying, "de"),
            "Auf X lobten viele den Plan.",
            "Weitere Artikel",
            "Zweiter Kartentitel",
            Label(LabelKey.AiReported, "de"),
            "Noch eine Zusammenfassung.");

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().ContainSingle(d => d.Code == NewsDiagnosticCode.PossibleUnknownLabel).Which.Line.Should().Be(9);
        result.Value.Reactions.Select(r => r.Text).Should().Contain("Weitere Artikel");
    }

    [Fact]
    public void TryParse_UnknownHeadingTaughtAsVariant_ReadsTheSectionWithoutWarning()
    {
        var german = LabelCatalog.Default.Find("de")!.WithVariants(LabelKey.RelatedNews, ["Weitere Artikel"]);
        var options = new NewsPageTextOptions { Catalog = LabelCatalog.Default.With(german) };

        var result = NewsPageText.ParseWithDiagnostics(GermanPageWithUnknownHeading("Weitere Artikel"), options);

        result.Diagnostics.Should().BeEmpty();
        result.Value.RelatedStories.Should().HaveCount(2);
    }

    [Fact]
    public void TryParse_SentenceBeforeCards_IsNotTakenForAHeading()
    {
        var result = NewsPageText.ParseWithDiagnostics(GermanPageWithUnknownHeading("Der Hafen wurde im Mai eröffnet."));

        result.Diagnostics.Select(d => d.Code).Should().NotContain(NewsDiagnosticCode.PossibleUnknownLabel);
    }

    [Theory]
    [MemberData(nameof(SamplePages.AllNames), MemberType = typeof(SamplePages))]
    public void TryParse_SamplePage_RaisesNoDriftWarning(string name)
        => NewsPageText.ParseWithDiagnostics(SamplePages.Bytes(name)).Diagnostics.Select(d => d.Code).Should().NotContain(NewsDiagnosticCode.PossibleUnknownLabel);

    [SkippableFact]
    public void TryParse_ReferencePage_RaisesNoDriftWarning()
        => NewsPageText.ParseWithDiagnostics(Repository.ReadReferencePage()).Diagnostics.Select(d => d.Code).Should().NotContain(NewsDiagnosticCode.PossibleUnknownLabel);
}
