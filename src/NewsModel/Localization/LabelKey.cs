using System.Collections.Immutable;

namespace NewsModel.Localization;

/// <summary>The interface labels of the site that NewsModel knows in every catalog language.</summary>
/// <remarks>Each key has a resource name (see <see cref="LabelKeys.GetResourceName(LabelKey)"/>), the name the site's label lists and the <c>.resx</c> files use.</remarks>
public enum LabelKey
{
    /// <summary>The "AI-generated image" badge under an image (<c>ai_generated_image</c>).</summary>
    AiGeneratedImage = 0,

    /// <summary>The "AI-reported" badge of a story card (<c>ai_reported</c>).</summary>
    AiReported = 1,

    /// <summary>The "What people are saying" section heading (<c>what_people_are_saying</c>).</summary>
    WhatPeopleAreSaying = 2,

    /// <summary>The "Related news" section heading (<c>related_news</c>).</summary>
    RelatedNews = 3,

    /// <summary>The cookie banner's title (<c>cookie_title</c>).</summary>
    CookieTitle = 4,

    /// <summary>The cookie banner's message (<c>cookie_message</c>).</summary>
    CookieMessage = 5,

    /// <summary>The cookie banner's decline button (<c>cookie_decline</c>).</summary>
    CookieDecline = 6,

    /// <summary>The cookie banner's accept button (<c>cookie_accept</c>).</summary>
    CookieAccept = 7,

    /// <summary>The text of the link to the privacy policy (<c>privacy_policy</c>).</summary>
    PrivacyPolicy = 8,

    /// <summary>
    /// The count-dependent reading time such as "3 min read", for apps to show (<c>reading_time</c>). It has one text per
    /// CLDR plural category of the language (resources <c>reading_time_one</c>, <c>reading_time_other</c>, ...), with
    /// <c>{0}</c> for the number of minutes; see <see cref="LabelSet.GetText(LabelKey, PluralCategory)"/>.
    /// </summary>
    [CountDependent]
    ReadingTime = 9,

    /// <summary>The "Follow" button under a tag page's name (<c>tag_follow</c>).</summary>
    TagFollow = 10,

    /// <summary>The name of the strictly necessary consent purpose in the banner's settings view, such as "Strictly necessary" (<c>consent_necessary_name</c>).</summary>
    ConsentNecessaryName = 11,

    /// <summary>The one-sentence description of the strictly necessary consent purpose in the banner's settings view (<c>consent_necessary_description</c>).</summary>
    ConsentNecessaryDescription = 12,

    /// <summary>The name of the analytics consent purpose in the banner's settings view, such as "Analytics" (<c>consent_analytics_name</c>).</summary>
    ConsentAnalyticsName = 13,

    /// <summary>The one-sentence description of the analytics consent purpose in the banner's settings view (<c>consent_analytics_description</c>).</summary>
    ConsentAnalyticsDescription = 14,

    /// <summary>The name of the advertising consent purpose in the banner's settings view, such as "Advertising" (<c>consent_advertising_name</c>).</summary>
    ConsentAdvertisingName = 15,

    /// <summary>The one-sentence description of the advertising consent purpose in the banner's settings view (<c>consent_advertising_description</c>).</summary>
    ConsentAdvertisingDescription = 16,

    /// <summary>The name of the personalization consent purpose in the banner's settings view, such as "Personalization" (<c>consent_personalization_name</c>).</summary>
    ConsentPersonalizationName = 17,

    /// <summary>The one-sentence description of the personalization consent purpose in the banner's settings view (<c>consent_personalization_description</c>).</summary>
    ConsentPersonalizationDescription = 18,

    /// <summary>The name of the functionality consent purpose in the banner's settings view, such as "Functionality" (<c>consent_functionality_name</c>).</summary>
    ConsentFunctionalityName = 19,

    /// <summary>The one-sentence description of the functionality consent purpose in the banner's settings view (<c>consent_functionality_description</c>).</summary>
    ConsentFunctionalityDescription = 20,
}

/// <summary>Marks the <see cref="LabelKey"/> members whose text depends on a count (one resource per plural category).</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class CountDependentAttribute : Attribute;

/// <summary>Names and lists of <see cref="LabelKey"/> values.</summary>
/// <remarks>
/// A key's resource name is its member name in snake_case (<see cref="LabelKey.AiGeneratedImage"/> is <c>ai_generated_image</c>).
/// The tables behind <see cref="GetResourceName(LabelKey)"/> and <see cref="IsCountDependent(LabelKey)"/> are generated
/// from <see cref="LabelKey"/> at build time (LabelKeys.g.cs), and the same generator checks every <c>.resx</c> entry's
/// name against them: the enum is the one list of keys.
/// </remarks>
public static partial class LabelKeys
{

    // An earlier wording of a key is stored as "{name}.variant{n}", n = 1, 2, ...: recognised when reading, never written.
    private const string VariantSeparator = ".variant";

    private static readonly string[] s_categoryNames = ["zero", "one", "two", "few", "many", "other"];

    /// <summary>Every label key, in declaration order.</summary>
    public static ImmutableArray<LabelKey> All { get; } = [.. Enum.GetValues<LabelKey>()];

    /// <summary>The resource name of a key, such as <c>ai_generated_image</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The resource name.</returns>
    public static string GetResourceName(LabelKey key) => s_resourceNames[(int)key];

    /// <summary>Whether a key's text depends on a count, with one text per plural category (<see cref="LabelKey.ReadingTime"/>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key is count-dependent.</returns>
    public static bool IsCountDependent(LabelKey key) => (uint)key < (uint)s_countDependent.Length && s_countDependent[(int)key];

    /// <summary>The resource name of one plural form of a key, such as <c>reading_time_one</c>; for a key that is not count-dependent, its plain name.</summary>
    /// <param name="key">The key.</param>
    /// <param name="category">The plural category.</param>
    /// <returns>The resource name.</returns>
    public static string GetResourceName(LabelKey key, PluralCategory category)
        => IsCountDependent(key) ? s_resourceNames[(int)key] + "_" + GetCategoryName(category) : s_resourceNames[(int)key];

    /// <summary>The CLDR name of a plural category, such as <c>one</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public static string GetCategoryName(PluralCategory category) => s_categoryNames[(int)category];

    /// <summary>Reads a resource name: a key's name (<c>related_news</c>), or a count-dependent key's name with a plural category (<c>reading_time_few</c>).</summary>
    /// <param name="resourceName">The resource name.</param>
    /// <param name="key">The key, when found.</param>
    /// <param name="category">The plural category; <see cref="PluralCategory.Other"/> for a plain name.</param>
    /// <returns>Whether the name is a label resource name.</returns>
    public static bool TryParseResourceName(ReadOnlySpan<char> resourceName, out LabelKey key, out PluralCategory category)
    {
        category = PluralCategory.Other;
        if (TryParseResourceName(resourceName, out key))
        {
            return true;
        }

        var underscore = resourceName.LastIndexOf('_');
        if (underscore > 0 && TryParseResourceName(resourceName[..underscore], out key) && IsCountDependent(key))
        {
            var suffix = resourceName[(underscore + 1)..];
            for (var i = 0; i < s_categoryNames.Length; i++)
            {
                if (suffix.SequenceEqual(s_categoryNames[i]))
                {
                    category = (PluralCategory)i;
                    return true;
                }
            }
        }

        key = default;
        return false;
    }

    /// <summary>
    /// The resource name of an earlier wording of a key, such as <c>related_news.variant1</c>: a text the site has shown for
    /// the key before, which parsers still recognise and writers never write.
    /// </summary>
    /// <param name="key">The key; count-dependent keys have no variants.</param>
    /// <param name="variant">The variant's number, from 1.</param>
    /// <returns>The resource name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is below 1, or <paramref name="key"/> is count-dependent.</exception>
    public static string GetVariantResourceName(LabelKey key, int variant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variant, 1);
        if (IsCountDependent(key))
        {
            throw new ArgumentOutOfRangeException(nameof(key), key, "A count-dependent label has no variants.");
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{GetResourceName(key)}{VariantSeparator}{variant}");
    }

    /// <summary>
    /// Reads any label resource name: a key's name (<c>related_news</c>), a plural form (<c>reading_time_few</c>) or an
    /// earlier wording (<c>related_news.variant1</c>, see <see cref="GetVariantResourceName(LabelKey, int)"/>).
    /// </summary>
    /// <param name="resourceName">The resource name.</param>
    /// <param name="key">The key, when found.</param>
    /// <param name="category">The plural category; <see cref="PluralCategory.Other"/> for a plain name or a variant.</param>
    /// <param name="variant">The variant's number, or 0 for the key's current text.</param>
    /// <returns>Whether the name is a label resource name.</returns>
    public static bool TryParseResourceName(ReadOnlySpan<char> resourceName, out LabelKey key, out PluralCategory category, out int variant)
    {
        variant = 0;
        var separator = resourceName.LastIndexOf(VariantSeparator);
        if (separator < 0)
        {
            return TryParseResourceName(resourceName, out key, out category);
        }

        category = PluralCategory.Other;
        var number = resourceName[(separator + VariantSeparator.Length)..];
        if (number.Length is > 0 and <= 4 && number[0] != '0' && !number.ContainsAnyExceptInRange('0', '9')
            && TryParseResourceName(resourceName[..separator], out key) && !IsCountDependent(key))
        {
            variant = int.Parse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        key = default;
        return false;
    }

    /// <summary>Finds the key with a resource name.</summary>
    /// <param name="resourceName">A resource name such as <c>related_news</c>.</param>
    /// <param name="key">The key, when found.</param>
    /// <returns>Whether the name is a key's resource name.</returns>
    public static bool TryParseResourceName(ReadOnlySpan<char> resourceName, out LabelKey key)
    {
        for (var i = 0; i < s_resourceNames.Length; i++)
        {
            if (resourceName.SequenceEqual(s_resourceNames[i]))
            {
                key = (LabelKey)i;
                return true;
            }
        }

        key = default;
        return false;
    }
}
