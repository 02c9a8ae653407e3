using NewsModel.Localization;

namespace NewsModel.Text;

/// <summary>The label keys of page text as <see cref="LabelMatch"/> bit masks: what a line item's <see cref="LineItem.Keys"/> holds.</summary>
internal static class LabelMasks
{
    public const uint ImageBadge = 1u << (int)LabelKey.AiGeneratedImage;
    public const uint ReportedBadge = 1u << (int)LabelKey.AiReported;
    public const uint Badges = ImageBadge | ReportedBadge;
    public const uint ReactionsHeading = 1u << (int)LabelKey.WhatPeopleAreSaying;
    public const uint RelatedHeading = 1u << (int)LabelKey.RelatedNews;
    public const uint CookieTitle = 1u << (int)LabelKey.CookieTitle;
    public const uint CookieMessage = 1u << (int)LabelKey.CookieMessage;
    public const uint Decline = 1u << (int)LabelKey.CookieDecline;
    public const uint Accept = 1u << (int)LabelKey.CookieAccept;
    public const uint Follow = 1u << (int)LabelKey.TagFollow;

    /// <summary>Labels that end a run of paragraphs or cards: the section headings and the banner's title.</summary>
    public const uint Boundaries = ReactionsHeading | RelatedHeading | CookieTitle;

    /// <summary>Whether a line is a badge line: only badges, at least one.</summary>
    public static bool IsBadgeLine(uint keys) => keys != 0 && (keys & ~Badges) == 0;
}
