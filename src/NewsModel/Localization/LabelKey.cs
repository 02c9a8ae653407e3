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
}

/// <summary>Names and lists of <see cref="LabelKey"/> values.</summary>
public static class LabelKeys
{
    private static readonly string[] s_resourceNames =
    [
        "ai_generated_image",
        "ai_reported",
        "what_people_are_saying",
        "related_news",
        "cookie_title",
        "cookie_message",
        "cookie_decline",
        "cookie_accept",
        "privacy_policy",
    ];

    /// <summary>Every label key, in declaration order.</summary>
    public static IReadOnlyList<LabelKey> All { get; } = Enum.GetValues<LabelKey>();

    /// <summary>The resource name of a key, such as <c>ai_generated_image</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The resource name.</returns>
    public static string GetResourceName(LabelKey key) => s_resourceNames[(int)key];

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
