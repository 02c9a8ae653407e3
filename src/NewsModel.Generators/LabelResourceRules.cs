using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Generators;

/// <summary>A label key as the <c>LabelKey</c> enum declares it: its value, its resource name and whether it depends on a count.</summary>
internal sealed record LabelKeyInfo(string Member, int Value, string ResourceName, bool CountDependent);

/// <summary>
/// The rules a label resource entry must follow for NewsModel to load it (the checks <c>LabelSet.FromResources</c> and
/// <c>string.Format</c> would otherwise make at run time, where a bad entry breaks every call): a known name, a text,
/// the neutral text's placeholders, and no variant that repeats its key's text.
/// </summary>
internal static class LabelResourceRules
{
    /// <summary>CLDR's plural category names, in <c>PluralCategory</c> order.</summary>
    public static readonly ImmutableArray<string> CategoryNames = ImmutableArray.Create("zero", "one", "two", "few", "many", "other");

    private const string VariantSeparator = ".variant";

    /// <summary>A member name in snake_case: <c>AiGeneratedImage</c> is <c>ai_generated_image</c>.</summary>
    public static string ToResourceName(string member)
    {
        var builder = new System.Text.StringBuilder(member.Length + 8);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads a resource name as <c>LabelKeys.TryParseResourceName</c> does: a key's name, a count-dependent key's name with
    /// <c>_</c> and a plural category, or a plain key's name with <c>.variant</c> and a number from 1 to 9999 (no leading zero).
    /// </summary>
    /// <returns>The key, or <see langword="null"/> when the name is no label's.</returns>
    public static LabelKeyInfo? Parse(string name, IReadOnlyList<LabelKeyInfo> keys, out string? category, out int variant)
    {
        category = null;
        variant = 0;
        var separator = name.LastIndexOf(VariantSeparator, StringComparison.Ordinal);
        if (separator >= 0)
        {
            var number = name.Substring(separator + VariantSeparator.Length);
            var key = Find(name.Substring(0, separator), keys);
            if (key is null || key.CountDependent || number.Length is 0 or > 4 || number[0] == '0' || number.Any(c => c is < '0' or > '9'))
            {
                return null;
            }

            variant = int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
            return key;
        }

        if (Find(name, keys) is { } plain)
        {
            return plain;
        }

        var underscore = name.LastIndexOf('_');
        if (underscore > 0 && Find(name.Substring(0, underscore), keys) is { CountDependent: true } counted && CategoryNames.Contains(name.Substring(underscore + 1)))
        {
            category = name.Substring(underscore + 1);
            return counted;
        }

        return null;
    }

    /// <summary>What names a label resource may have, for error messages.</summary>
    public static string DescribeNames(IReadOnlyList<LabelKeyInfo> keys)
    {
        var plain = keys.Where(k => !k.CountDependent).Select(k => k.ResourceName).ToList();
        var counted = keys.Where(k => k.CountDependent).Select(k => k.ResourceName).ToList();
        var text = "a key (" + string.Join(", ", plain) + ")";
        if (counted.Count > 0)
        {
            text += ", a count-dependent key with a plural category (" + string.Join(", ", counted.Select(k => k + "_one")) + ", ...; categories "
                + string.Join(", ", CategoryNames) + ")";
        }

        return text + ", or an earlier wording of a key (" + (plain.Count > 0 ? plain[0] : "key") + ".variant1)";
    }

    /// <summary>
    /// The placeholders of a composite format string (<c>{0}</c>, <c>{1,5:N0}</c>; <c>{{</c> and <c>}}</c> are braces),
    /// as <see cref="string.Format(IFormatProvider, string, object[])"/> reads it; <see langword="null"/> with a reason
    /// when it would throw <see cref="FormatException"/>.
    /// </summary>
    public static ImmutableSortedSet<int>? Placeholders(string text, out string? error)
    {
        error = null;
        var indices = ImmutableSortedSet.CreateBuilder<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    i++;
                    continue;
                }

                error = $"a '}}' at {i + 1} closes no placeholder (write '}}}}' for a brace)";
                return null;
            }

            if (c != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                error = $"the '{{' at {i + 1} is not closed (write '{{{{' for a brace)";
                return null;
            }

            var item = text.Substring(i + 1, close - i - 1);
            var end = item.IndexOfAny([',', ':']);
            var index = (end < 0 ? item : item.Substring(0, end)).TrimEnd();
            if (index.Length == 0 || index.Length > 6 || index.Any(d => d is < '0' or > '9'))
            {
                error = $"'{{{item}}}' is not a placeholder such as {{0}}";
                return null;
            }

            indices.Add(int.Parse(index, NumberStyles.None, CultureInfo.InvariantCulture));
            i = close;
        }

        return indices.ToImmutable();
    }

    /// <summary>Writes placeholder indices as <c>{0}, {1}</c>, or "none".</summary>
    public static string Describe(ImmutableSortedSet<int> placeholders)
        => placeholders.Count == 0 ? "none" : string.Join(", ", placeholders.Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"));

    private static LabelKeyInfo? Find(string name, IReadOnlyList<LabelKeyInfo> keys)
    {
        foreach (var key in keys)
        {
            if (string.Equals(key.ResourceName, name, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }
}
