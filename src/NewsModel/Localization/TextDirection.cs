namespace NewsModel.Localization;

/// <summary>The direction a language's interface text runs, for a renderer's <c>dir</c> attribute.</summary>
public enum TextDirection
{
    /// <summary>Left to right (<c>dir="ltr"</c>).</summary>
    LeftToRight = 0,

    /// <summary>Right to left (<c>dir="rtl"</c>), such as Arabic or Persian.</summary>
    RightToLeft = 1,
}
