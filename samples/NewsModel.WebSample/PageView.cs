using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using NewsModel.AspNetCore;
using NewsModel.Consent;
using NewsModel.Interchange.JsonLd;
using NewsModel.Localization;

namespace NewsModel.WebSample;

/// <summary>
/// Renders the site's pages as HTML for one request: the interface in the route's catalog language (labels from
/// <see cref="NewsLocalization"/>, never from <c>CultureInfo</c>, so they are the same under invariant globalization), the
/// article in its own language, and the consent banner of <see cref="NewsModelConsentService"/>.
/// </summary>
internal sealed class PageView(
    NewsLocalization localization,
    NewsModelConsentService consent,
    string language,
    ConsentState state,
    string nonce,
    AntiforgeryTokenSet tokens,
    string path)
{
    // Every script is readable in the source: only what HTML needs escaped is (<, >, &, quotes).
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Brand = "NewsModel";

    // The few words of the banner's settings that the label catalog has no key for: the app's own, in English.
    private const string ChoosePurposesText = "Choose purposes";
    private const string SaveChoicesText = "Save choices";

    /// <summary>The catalog language of the page.</summary>
    public string Language => language;

    /// <summary>The home page: every article, with its reading time.</summary>
    public string Home(SamplePages pages)
    {
        var body = new StringBuilder();
        body.Append("<main id=\"content\"><ul class=\"cards home\">");
        foreach (var article in pages.All)
        {
            var a = article.Page.Article!;
            body.Append("<li class=\"card\"").Append(ContentLanguageAttributes(article.Page)).Append('>');
            body.Append("<h2><a class=\"article-link\" href=\"/").Append(E(language)).Append("/article/").Append(E(article.Id)).Append("\">")
                .Append(E(a.Headline ?? a.Summary ?? article.Id)).Append("</a></h2>");
            if (a.Image is { AiGenerated: true })
            {
                body.Append("<p class=\"badges\"><span class=\"badge ai-image\" lang=\"").Append(E(language)).Append("\">").Append(E(Label(LabelKey.AiGeneratedImage))).Append("</span></p>");
            }

            if (a.Summary is { } summary)
            {
                body.Append("<p>").Append(E(summary)).Append("</p>");
            }

            body.Append("<p class=\"reading-time\" lang=\"").Append(E(language)).Append("\">").Append(E(ReadingTime(a))).Append("</p></li>");
        }

        body.Append("</ul></main>");
        return Document(Brand, body.ToString(), page: null, alternatePath: "/");
    }

    /// <summary>An article page: hero image and caption with the AI badge, lead, body, reactions, related stories.</summary>
    public string Article(SampleArticle sample)
    {
        var page = sample.Page;
        var article = page.Article!;
        var body = new StringBuilder();
        body.Append("<main id=\"content\"><article").Append(ContentLanguageAttributes(page)).Append('>');
        if (article.Image is { } image)
        {
            body.Append("<figure class=\"hero\">");
            body.Append("<div class=\"hero-art\" role=\"img\" aria-label=\"").Append(E(image.AltText ?? image.Caption ?? string.Empty)).Append("\"></div>");
            body.Append("<figcaption>");
            if (image.Caption is { } caption)
            {
                body.Append("<span class=\"caption\">").Append(E(caption)).Append("</span> ");
            }

            if (image.AiGenerated)
            {
                body.Append(Badge("ai-image", LabelKey.AiGeneratedImage));
            }

            body.Append("</figcaption></figure>");
        }

        if (article.Headline is { } headline)
        {
            body.Append("<h1 id=\"headline\">").Append(E(headline)).Append("</h1>");
        }

        body.Append("<p class=\"meta\"><span class=\"reading-time\" lang=\"").Append(E(language)).Append("\" dir=\"").Append(Dir(language)).Append("\">")
            .Append(E(ReadingTime(article))).Append("</span></p>");
        if (article.Summary is { } lead)
        {
            body.Append("<p class=\"lead\">").Append(E(lead)).Append("</p>");
        }

        foreach (var paragraph in article.Body)
        {
            body.Append("<p>").Append(E(paragraph)).Append("</p>");
        }

        if (!page.Reactions.IsEmpty)
        {
            body.Append("<section class=\"reactions\" aria-labelledby=\"reactions-heading\">");
            body.Append(Heading("h2", "reactions-heading", LabelKey.WhatPeopleAreSaying)).Append("<ul>");
            foreach (var reaction in page.Reactions)
            {
                body.Append("<li><blockquote>").Append(E(reaction.Text)).Append("</blockquote>");
                if (reaction.Platform is { } platform)
                {
                    body.Append("<span class=\"platform\">").Append(E(platform)).Append("</span>");
                }

                body.Append("</li>");
            }

            body.Append("</ul></section>");
        }

        if (!page.RelatedStories.IsEmpty)
        {
            body.Append("<section class=\"related\" aria-labelledby=\"related-heading\">");
            body.Append(Heading("h2", "related-heading", LabelKey.RelatedNews)).Append("<ul class=\"cards\">");
            foreach (var story in page.RelatedStories)
            {
                AppendCard(body, story);
            }

            body.Append("</ul></section>");
        }

        body.Append("</article></main>");

        // schema.org JSON-LD for search engines: NewsPageJsonLd writes no '<', so it cannot end the script element.
        var jsonLd = NewsPageJsonLd.Serialize(page);
        var head = "<link rel=\"alternate\" type=\"application/json\" href=\"/" + E(language) + "/article/" + E(sample.Id) + ".json\">" +
            "<script type=\"application/ld+json\" id=\"jsonld\" nonce=\"" + E(nonce) + "\">" + jsonLd + "</script>";
        return Document((article.Headline ?? sample.Id) + " · " + Brand, body.ToString(), head, "/article/" + sample.Id);
    }

    private void AppendCard(StringBuilder body, StoryCard story)
    {
        body.Append("<li class=\"card\">");
        if (story.Image is { } image)
        {
            body.Append("<figure><div class=\"card-art\" role=\"img\" aria-label=\"").Append(E(image.AltText ?? image.Caption ?? string.Empty)).Append("\"></div>");
            if (image.Caption is { } caption)
            {
                body.Append("<figcaption>").Append(E(caption)).Append("</figcaption>");
            }

            body.Append("</figure>");
        }

        if (story.Title is { } title)
        {
            body.Append("<h3>").Append(E(title)).Append("</h3>");
        }

        if (story.AiReported || story.Image is { AiGenerated: true })
        {
            body.Append("<p class=\"badges\">");
            if (story.AiReported)
            {
                body.Append(Badge("ai-reported", LabelKey.AiReported)).Append(' ');
            }

            if (story.Image is { AiGenerated: true })
            {
                body.Append(Badge("ai-image", LabelKey.AiGeneratedImage));
            }

            body.Append("</p>");
        }

        if (story.Summary is { } summary)
        {
            body.Append("<p>").Append(E(summary)).Append("</p>");
        }

        body.Append("</li>");
    }

    private string Document(string title, string main, string? page, string alternatePath)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language)).Append("\" dir=\"").Append(Dir(language)).Append("\">\n<head>\n");
        html.Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n");
        html.Append("<link rel=\"icon\" href=\"data:,\">\n");
        foreach (var other in localization.Catalog.Languages)
        {
            html.Append("<link rel=\"alternate\" hreflang=\"").Append(E(other)).Append("\" href=\"/").Append(E(other)).Append(E(alternatePath)).Append("\">\n");
        }

        // Google Consent Mode v2: the defaults (all optional signals denied), then the user's choice when there is one.
        // It runs before any tag would; the sample loads no tag, so nothing leaves the page.
        html.Append("<script id=\"consent-mode\" nonce=\"").Append(E(nonce)).Append("\">").Append(GoogleConsentMode.GetScript(state)).Append("</script>\n");
        html.Append(page);
        html.Append("\n<style nonce=\"").Append(E(nonce)).Append("\">").Append(Styles.Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header class=\"site\"><a class=\"brand\" href=\"/").Append(E(language)).Append("/\">").Append(Brand).Append("</a>");
        html.Append("<nav class=\"languages\" aria-label=\"Languages\"><ul>");
        foreach (var other in localization.Catalog.Languages)
        {
            html.Append("<li><a id=\"lang-").Append(E(other)).Append("\" href=\"/").Append(E(other)).Append(E(alternatePath))
                .Append("\" hreflang=\"").Append(E(other)).Append("\" lang=\"").Append(E(other)).Append('"');
            if (other == language)
            {
                html.Append(" aria-current=\"page\"");
            }

            html.Append('>').Append(E(other)).Append("</a></li>");
        }

        html.Append("</ul></nav></header>\n");
        html.Append(main).Append('\n');
        html.Append(state.PromptRequired ? Banner() : Footer());
        html.Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    // The banner shows exactly the notice whose hash the record keeps (NewsModelConsentService.GetNotice).
    private string Banner()
    {
        var notice = consent.GetNotice(language);
        var html = new StringBuilder();
        html.Append("<section id=\"consent-banner\" class=\"consent\" role=\"region\" aria-labelledby=\"consent-title\" data-gpc=\"")
            .Append(state.GlobalPrivacyControl ? "1" : "0").Append("\">");
        html.Append("<h2 id=\"consent-title\">").Append(E(notice.Title ?? string.Empty)).Append("</h2>");
        html.Append("<p id=\"consent-message\">").Append(E(notice.Message ?? string.Empty)).Append("</p>");
        html.Append("<div class=\"consent-actions\">");
        foreach (var action in notice.Actions)
        {
            var (endpoint, id) = action.Kind switch
            {
                ConsentActionKind.Accept => ("accept", "consent-accept"),
                ConsentActionKind.Decline => ("reject", "consent-reject"),
                _ => (null, null),
            };
            if (endpoint is null)
            {
                continue;
            }

            html.Append("<form method=\"post\" action=\"/consent/").Append(endpoint).Append("\">").Append(HiddenFields());
            html.Append("<button type=\"submit\" id=\"").Append(id).Append("\">").Append(E(action.Label)).Append("</button></form>");
        }

        html.Append("</div>");
        html.Append("<details class=\"consent-settings\"><summary lang=\"en\">").Append(ChoosePurposesText).Append("</summary>").Append(CustomizeForm()).Append("</details>");
        html.Append("</section>");
        return html.ToString();
    }

    // With a choice made, the settings stay one click away (summary: the banner's title label).
    private string Footer()
        => "<footer class=\"site\"><details id=\"consent-settings\" class=\"consent-settings\"><summary>" + E(Label(LabelKey.CookieTitle)) + "</summary>" + CustomizeForm() + "</details></footer>";

    private string CustomizeForm()
    {
        var html = new StringBuilder();
        html.Append("<form method=\"post\" action=\"/consent/customize\" id=\"consent-customize\">").Append(HiddenFields()).Append("<ul class=\"purposes\">");
        foreach (var purpose in consent.Policy.Purposes.Prepend(ConsentPurpose.StrictlyNecessary).Distinct())
        {
            html.Append("<li><label><input type=\"checkbox\" name=\"purpose\" value=\"").Append(E(purpose.Id)).Append('"');
            if (purpose.IsEssential)
            {
                html.Append(" checked disabled");
            }
            else if (state.Record is not null && state.IsGranted(purpose))
            {
                html.Append(" checked");
            }

            html.Append("> <strong>").Append(E(purpose.GetName(language, localization.Catalog))).Append("</strong> <span>")
                .Append(E(purpose.GetDescription(language, localization.Catalog))).Append("</span></label></li>");
        }

        html.Append("</ul><button type=\"submit\" id=\"consent-save\" lang=\"en\">").Append(SaveChoicesText).Append("</button></form>");
        return html.ToString();
    }

    // The endpoints' antiforgery token, the page to come back to, and the language of the notice shown (recorded with its hash).
    private string HiddenFields()
        => "<input type=\"hidden\" name=\"" + E(tokens.FormFieldName) + "\" value=\"" + E(tokens.RequestToken ?? string.Empty) + "\">" +
           "<input type=\"hidden\" name=\"returnUrl\" value=\"" + E(path) + "\">" +
           "<input type=\"hidden\" name=\"language\" value=\"" + E(language) + "\">";

    private string Heading(string element, string id, LabelKey key)
        => "<" + element + " id=\"" + id + "\" lang=\"" + E(language) + "\" dir=\"" + Dir(language) + "\">" + E(Label(key)) + "</" + element + ">";

    private string Badge(string kind, LabelKey key)
        => "<span class=\"badge " + kind + "\" lang=\"" + E(language) + "\" dir=\"" + Dir(language) + "\">" + E(Label(key)) + "</span>";

    private string Label(LabelKey key) => localization.GetLabel(language, key).Value;

    // About 200 words a minute, at least one: the count picks the language's CLDR plural form ("1 min read", "3 минуты").
    private string ReadingTime(NewsArticle article)
    {
        var words = 0;
        foreach (var text in article.Body.Prepend(article.Summary ?? string.Empty).Prepend(article.Headline ?? string.Empty))
        {
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return localization.FormatCount(language, LabelKey.ReadingTime, Math.Max(1, (words + 199) / 200)).Value;
    }

    // The article keeps its own language and direction inside a page in another interface language.
    private string ContentLanguageAttributes(NewsPage page)
        => page.ContentLanguage is { } content
            ? " lang=\"" + E(content) + "\" dir=\"" + (localization.Catalog.Contains(content) ? Dir(content) : "auto") + "\""
            : " dir=\"auto\"";

    private string Dir(string tag) => localization.GetTextDirection(tag) == TextDirection.RightToLeft ? "rtl" : "ltr";

    private static string E(string value) => s_encoder.Encode(value);
}
