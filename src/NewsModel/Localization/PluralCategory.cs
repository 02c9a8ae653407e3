namespace NewsModel.Localization;

/// <summary>A CLDR plural category: which form of a count-dependent text a number takes in a language.</summary>
/// <remarks>Languages use different subsets: Yoruba only <see cref="Other"/>, English <see cref="One"/> and <see cref="Other"/>, Arabic all six.</remarks>
public enum PluralCategory
{
    /// <summary>CLDR <c>zero</c> (Arabic 0).</summary>
    Zero = 0,

    /// <summary>CLDR <c>one</c> (English 1; Portuguese and French 0 and 1).</summary>
    One = 1,

    /// <summary>CLDR <c>two</c> (Arabic 2).</summary>
    Two = 2,

    /// <summary>CLDR <c>few</c> (Russian 2-4, 22-24, ...).</summary>
    Few = 3,

    /// <summary>CLDR <c>many</c> (Russian 5-20, ...; Spanish, French and Portuguese millions).</summary>
    Many = 4,

    /// <summary>CLDR <c>other</c>: every language has it, and it is the fallback form.</summary>
    Other = 5,
}
