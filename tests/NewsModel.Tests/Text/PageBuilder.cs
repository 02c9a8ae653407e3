using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>Builds page text for tests from blocks, with the catalog's labels.</summary>
internal static class PageBuilder
{
    public const string Nbsp = "\u00A0";

    public static string Label(LabelKey key, string language = "en") => LabelCatalog.Default.Find(language)![key]!;

    /// <summary>Blocks separated by one blank line, no final newline: the site's layout.</summary>
    public static string Blocks(params string[] blocks) => string.Join("\n\n", blocks);

    /// <summary>Lines of one block.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);

    /// <summary>An image block: caption, then the AI-image badge on the very next line.</summary>
    public static string Image(string caption, string language = "en") => Lines(caption, Label(LabelKey.AiGeneratedImage, language));

    /// <summary>The three spacer lines and the banner with the given buttons.</summary>
    public static string Banner(string language = "en", params LabelKey[] buttons)
        => Blocks(Nbsp, Nbsp, Nbsp, Label(LabelKey.CookieTitle, language),
            Lines([Label(LabelKey.CookieMessage, language), .. buttons.Select(key => Label(key, language))]));
}
