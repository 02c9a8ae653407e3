using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel;

/// <summary>
/// How a part of a page was made, as a term of the IPTC digital source type vocabulary
/// (<c>http://cv.iptc.org/newscodes/digitalsourcetype/</c>): <see cref="TrainedAlgorithmicMedia"/> for content made by
/// generative AI, <see cref="DigitalCapture"/> for a photo, and so on.
/// </summary>
/// <remarks>
/// The named members are the vocabulary's terms; <see cref="FromUri(string)"/> holds any other term or vocabulary URI as it
/// is. Values compare by <see cref="Uri"/>, ordinally. The site's page-text badges ("AI-generated image", "AI-reported")
/// read as <see cref="TrainedAlgorithmicMedia"/>. <c>default(DigitalSourceType)</c> holds no URI and is refused by the model.
/// </remarks>
public readonly struct DigitalSourceType : IEquatable<DigitalSourceType>
{
    /// <summary>The IPTC vocabulary every named member belongs to: <c>http://cv.iptc.org/newscodes/digitalsourcetype/</c>.</summary>
    public const string IptcVocabulary = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private static readonly SearchValues<char> s_termCharacters =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly string? _uri;

    private DigitalSourceType(string uri) => _uri = uri;

    /// <summary>Original media captured digitally (a digital photo or recording).</summary>
    public static DigitalSourceType DigitalCapture { get; } = FromTerm("digitalCapture");

    /// <summary>Digitised from a negative on film.</summary>
    public static DigitalSourceType NegativeFilm { get; } = FromTerm("negativeFilm");

    /// <summary>Digitised from a positive on film (a slide).</summary>
    public static DigitalSourceType PositiveFilm { get; } = FromTerm("positiveFilm");

    /// <summary>Digitised from a non-transparent medium such as a print.</summary>
    public static DigitalSourceType Print { get; } = FromTerm("print");

    /// <summary>Captured media with minor human edits (cropping, colour correction).</summary>
    public static DigitalSourceType MinorHumanEdits { get; } = FromTerm("minorHumanEdits");

    /// <summary>Captured media augmented or changed by human edits.</summary>
    public static DigitalSourceType HumanEdits { get; } = FromTerm("humanEdits");

    /// <summary>Captured media edited with the help of algorithmic tools (non-generative enhancement).</summary>
    public static DigitalSourceType AlgorithmicallyEnhanced { get; } = FromTerm("algorithmicallyEnhanced");

    /// <summary>A mix or composite of several elements, none of them synthetic.</summary>
    public static DigitalSourceType Composite { get; } = FromTerm("composite");

    /// <summary>A composite of captured elements.</summary>
    public static DigitalSourceType CompositeCapture { get; } = FromTerm("compositeCapture");

    /// <summary>A composite that includes synthetic elements.</summary>
    public static DigitalSourceType CompositeSynthetic { get; } = FromTerm("compositeSynthetic");

    /// <summary>A composite that includes elements made by a model trained on sampled content (generative AI).</summary>
    public static DigitalSourceType CompositeWithTrainedAlgorithmicMedia { get; } = FromTerm("compositeWithTrainedAlgorithmicMedia");

    /// <summary>Media made by a model trained on sampled content: generative AI. The site's AI badges mean this.</summary>
    public static DigitalSourceType TrainedAlgorithmicMedia { get; } = FromTerm("trainedAlgorithmicMedia");

    /// <summary>Media made purely by an algorithm not based on sampled training data (procedural generation).</summary>
    public static DigitalSourceType AlgorithmicMedia { get; } = FromTerm("algorithmicMedia");

    /// <summary>Media made by software from data (a chart or visualisation).</summary>
    public static DigitalSourceType DataDrivenMedia { get; } = FromTerm("dataDrivenMedia");

    /// <summary>Media made by a human with software (digital art, a drawing).</summary>
    public static DigitalSourceType DigitalArt { get; } = FromTerm("digitalArt");

    /// <summary>A recording of a virtual event (a game or simulation).</summary>
    public static DigitalSourceType VirtualRecording { get; } = FromTerm("virtualRecording");

    /// <summary>A capture of the content of a screen.</summary>
    public static DigitalSourceType ScreenCapture { get; } = FromTerm("screenCapture");

    /// <summary>The vocabulary terms this type names, in the order IPTC lists them.</summary>
    public static IReadOnlyList<DigitalSourceType> WellKnown { get; } =
    [
        DigitalCapture, NegativeFilm, PositiveFilm, Print, MinorHumanEdits, HumanEdits, AlgorithmicallyEnhanced,
        Composite, CompositeCapture, CompositeSynthetic, CompositeWithTrainedAlgorithmicMedia, TrainedAlgorithmicMedia,
        AlgorithmicMedia, DataDrivenMedia, DigitalArt, VirtualRecording, ScreenCapture,
    ];

    /// <summary>The term's URI, such as <c>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default(DigitalSourceType)</c>.</exception>
    public string Uri => _uri ?? throw new InvalidOperationException("default(DigitalSourceType) holds no URI; use a named member or FromUri.");

    /// <summary>The term within the IPTC vocabulary (such as <c>trainedAlgorithmicMedia</c>), or <see langword="null"/> for a URI of another vocabulary.</summary>
    public string? IptcTerm
        => _uri is not null && _uri.StartsWith(IptcVocabulary, StringComparison.Ordinal) && _uri.Length > IptcVocabulary.Length
            ? _uri[IptcVocabulary.Length..]
            : null;

    /// <summary>
    /// Whether the term says generative AI made the content, wholly (<see cref="TrainedAlgorithmicMedia"/>) or in part
    /// (<see cref="CompositeWithTrainedAlgorithmicMedia"/>): what the site's AI badges mean.
    /// </summary>
    public bool IsGenerativeAi => this == TrainedAlgorithmicMedia || this == CompositeWithTrainedAlgorithmicMedia;

    /// <summary>Whether this value holds no URI (it is <c>default(DigitalSourceType)</c>).</summary>
    public bool IsDefault => _uri is null;

    /// <summary>The value for a term of the IPTC vocabulary, such as <c>trainedAlgorithmicMedia</c>.</summary>
    /// <param name="term">The term: letters and digits, as IPTC writes it.</param>
    /// <exception cref="ArgumentException"><paramref name="term"/> is empty or holds anything but ASCII letters and digits.</exception>
    public static DigitalSourceType FromTerm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (!IsTerm(term))
        {
            throw new ArgumentException($"'{term}' is not an IPTC digital source type term (ASCII letters and digits).", nameof(term));
        }

        return new DigitalSourceType(IptcVocabulary + term);
    }

    /// <summary>The value for a vocabulary URI, kept as it is; IPTC's <c>https</c> form and its <c>digitalsourcetype:</c> QCode read as the IPTC term.</summary>
    /// <param name="uri">An absolute URI, such as <c>http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is not an absolute URI.</exception>
    public static DigitalSourceType FromUri(string uri)
        => TryFromUri(uri, out var value) ? value : throw new ArgumentException($"'{uri}' is not an absolute URI.", nameof(uri));

    /// <summary>Reads a vocabulary URI as <see cref="FromUri(string)"/> does, returning <see langword="false"/> instead of throwing.</summary>
    /// <param name="uri">The URI, or <see langword="null"/>.</param>
    /// <param name="value">The value, or <c>default</c> when <paramref name="uri"/> is not an absolute URI.</param>
    /// <returns>Whether <paramref name="uri"/> is an absolute URI.</returns>
    public static bool TryFromUri([NotNullWhen(true)] string? uri, out DigitalSourceType value)
    {
        value = default;
        if (string.IsNullOrEmpty(uri))
        {
            return false;
        }

        const string HttpsVocabulary = "https://cv.iptc.org/newscodes/digitalsourcetype/";
        const string QCode = "digitalsourcetype:";
        string? term = uri.StartsWith(HttpsVocabulary, StringComparison.Ordinal) ? uri[HttpsVocabulary.Length..]
            : uri.StartsWith(QCode, StringComparison.Ordinal) ? uri[QCode.Length..]
            : null;
        if (term is not null && IsTerm(term))
        {
            value = new DigitalSourceType(IptcVocabulary + term);
            return true;
        }

        if (!Guard.IsAbsoluteUri(uri))
        {
            return false;
        }

        value = new DigitalSourceType(uri);
        return true;
    }

    /// <summary>The source type the site's AI badge means: <see cref="TrainedAlgorithmicMedia"/> when <paramref name="badge"/> is set, else <see langword="null"/> (unknown).</summary>
    /// <param name="badge">Whether the page shows the badge.</param>
    public static DigitalSourceType? FromBadge(bool badge) => badge ? TrainedAlgorithmicMedia : null;

    private static bool IsTerm(string term) => term.Length > 0 && !term.AsSpan().ContainsAnyExcept(s_termCharacters);

    /// <inheritdoc/>
    public bool Equals(DigitalSourceType other) => string.Equals(_uri, other._uri, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DigitalSourceType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _uri is null ? 0 : StringComparer.Ordinal.GetHashCode(_uri);

    /// <summary>The <see cref="Uri"/>, or an empty string for <c>default</c>.</summary>
    public override string ToString() => _uri ?? string.Empty;

    /// <summary>Whether two values hold the same URI.</summary>
    public static bool operator ==(DigitalSourceType left, DigitalSourceType right) => left.Equals(right);

    /// <summary>Whether two values hold different URIs.</summary>
    public static bool operator !=(DigitalSourceType left, DigitalSourceType right) => !left.Equals(right);
}
