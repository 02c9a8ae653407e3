using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.TestSupport;

/// <summary>The input shapes an attacker would send: one structure repeated up to a size.</summary>
public enum AdversarialShape
{
    /// <summary>One paragraph with no line break.</summary>
    OneLongLine,

    /// <summary>A short article followed by nothing but blank lines.</summary>
    BlankLines,

    /// <summary>Blocks that differ from a label by one character, in every catalog language.</summary>
    NearMissLabels,

    /// <summary>A related-news heading followed by badge lines only (single newlines).</summary>
    EveryLineABadge,

    /// <summary>The reactions and related-news headings in turn, each with one paragraph.</summary>
    AlternatingHeadings,

    /// <summary><c>Related news\nx\n</c> repeated after a short article (the shape of issue 7, section 1).</summary>
    RepeatedRelatedHeadings,

    /// <summary><c>What people are saying\nx\n</c> repeated after a short article.</summary>
    RepeatedReactionHeadings,

    /// <summary>Nothing but <c>0xFF</c> bytes: every byte is invalid UTF-8.</summary>
    InvalidUtf8,
}

/// <summary>
/// Builds adversarial page text of a given size: a prefix, then one unit repeated while it fits. Deterministic (no
/// randomness), so a size and a shape name an input exactly. Shared by the linearity tests and the benchmarks.
/// </summary>
public static class AdversarialPages
{
    private static readonly LabelCatalog s_catalog = LabelCatalog.Default;

    /// <summary>Every shape.</summary>
    public static IReadOnlyList<AdversarialShape> Shapes { get; } = Enum.GetValues<AdversarialShape>();

    /// <summary>Builds the UTF-8 bytes of a shape, at most <paramref name="size"/> bytes long and within one line of it.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="size">The size in bytes.</param>
    /// <returns>The input.</returns>
    public static byte[] Create(AdversarialShape shape, int size)
    {
        var (prefix, unit) = Parts(shape);
        var prefixBytes = Encoding.UTF8.GetBytes(prefix);
        var unitBytes = unit is null ? [] : Encoding.UTF8.GetBytes(unit);
        var bytes = new byte[size];
        var length = Math.Min(prefixBytes.Length, size);
        prefixBytes.AsSpan(0, length).CopyTo(bytes);
        if (shape == AdversarialShape.InvalidUtf8)
        {
            bytes.AsSpan(length).Fill(0xFF);
            return bytes;
        }

        if (shape == AdversarialShape.OneLongLine)
        {
            // Words up to the size, then a full stop: one sentence.
            var words = "lorem ipsum dolor sit amet "u8;
            for (var i = length; i < size; i++)
            {
                bytes[i] = words[(i - length) % words.Length];
            }

            bytes[^1] = (byte)'.';
            return bytes;
        }

        while (length + unitBytes.Length <= size)
        {
            unitBytes.CopyTo(bytes.AsSpan(length));
            length += unitBytes.Length;
        }

        // The start of one more unit, up to its last line end that fits.
        var part = unitBytes.AsSpan(0, size - length);
        part = part[..(part.LastIndexOf((byte)'\n') + 1)];
        part.CopyTo(bytes.AsSpan(length));
        return bytes[..(length + part.Length)];
    }

    private static (string Prefix, string? Unit) Parts(AdversarialShape shape)
    {
        const string Article = "Headline of the day\n\nA lead sentence.\n\n";
        var related = Label(LabelKey.RelatedNews);
        var reactions = Label(LabelKey.WhatPeopleAreSaying);
        var reported = Label(LabelKey.AiReported);
        var image = Label(LabelKey.AiGeneratedImage);
        return shape switch
        {
            AdversarialShape.OneLongLine => ("", null),
            AdversarialShape.BlankLines => (Article, "\n"),
            AdversarialShape.NearMissLabels => (Article, NearMisses()),
            AdversarialShape.EveryLineABadge => (Article + related + "\n", $"{reported}\n{image}\n{reported} {image}\n"),
            AdversarialShape.AlternatingHeadings => (Article, $"{reactions}\n\nPeople said so.\n\n{related}\n\nA story summary.\n\n"),
            AdversarialShape.RepeatedRelatedHeadings => (Article, $"{related}\nx\n"),
            AdversarialShape.RepeatedReactionHeadings => (Article, $"{reactions}\nx\n"),
            AdversarialShape.InvalidUtf8 => ("", null),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
        };
    }

    private static string Label(LabelKey key) => s_catalog.GetLabel(LabelCatalog.NeutralLanguage, key)!;

    // Each catalog label of every language with its last character changed or a full stop added: the shape and prefix
    // of a label, but no label.
    private static string NearMisses()
    {
        var builder = new StringBuilder();
        foreach (var set in s_catalog.LabelSets)
        {
            foreach (var key in LabelKeys.All)
            {
                if (set[key] is { Length: > 1 } text)
                {
                    builder.Append(text).Append(".\n\n");
                    builder.Append(text.AsSpan(0, text.Length - 1)).Append(text[^1] == 'x' ? 'y' : 'x').Append("\n\n");
                }
            }
        }

        return builder.ToString();
    }
}
