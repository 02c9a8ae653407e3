using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsModel;

/// <summary>
/// Writes the members of a model type for its <c>ToString()</c>, the one format every model type shares:
/// <c>Name = value</c> pairs separated by commas, strings quoted and escaped (so that <see langword="null"/>, empty,
/// padded and multi-line texts can be told apart), collections as <c>[item, item]</c>, nested model types by their own
/// <c>ToString()</c>.
/// </summary>
/// <remarks>Each record's <c>PrintMembers</c> names its members through this printer; the compiler adds the type name and braces.</remarks>
internal struct ModelPrinter(StringBuilder builder)
{
    private bool _any;

    /// <summary>Whether a member was written, the value <c>PrintMembers</c> returns.</summary>
    public readonly bool Printed => _any;

    public ModelPrinter Add(string name, string? value)
    {
        Name(name);
        AppendString(builder, value);
        return this;
    }

    public ModelPrinter Add(string name, bool value)
    {
        Name(name);
        builder.Append(value ? "true" : "false");
        return this;
    }

    public ModelPrinter Add(string name, int value)
    {
        Name(name);
        builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public ModelPrinter Add(string name, int? value)
    {
        Name(name);
        builder.Append(value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "null");
        return this;
    }

    public ModelPrinter Add(string name, DateTimeOffset? value)
    {
        Name(name);
        builder.Append(value is { } instant ? instant.ToString("O", CultureInfo.InvariantCulture) : "null");
        return this;
    }

    public ModelPrinter Add(string name, DigitalSourceType? value)
    {
        Name(name);
        builder.Append(value is { } type ? type.Uri : "null");
        return this;
    }

    public ModelPrinter Add<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum
    {
        Name(name);
        builder.Append(value.ToString());
        return this;
    }

    public ModelPrinter Add(string name, object? value)
    {
        Name(name);
        builder.Append(value?.ToString() ?? "null");
        return this;
    }

    public ModelPrinter Add(string name, ImmutableArray<string> items)
    {
        Name(name);
        builder.Append('[');
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            AppendString(builder, items[i]);
        }

        builder.Append(']');
        return this;
    }

    public ModelPrinter Add<T>(string name, ImmutableArray<T> items)
        where T : class
    {
        Name(name);
        builder.Append('[');
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(items[i]?.ToString() ?? "null");
        }

        builder.Append(']');
        return this;
    }

    // Publishing metadata is printed only where set, so that a page read from page text prints as the page text shows it.
    public ModelPrinter AddIfSet(string name, string? value) => value is null ? this : Add(name, value);

    public ModelPrinter AddIfSet(string name, int? value) => value is null ? this : Add(name, value);

    public ModelPrinter AddIfSet(string name, DateTimeOffset? value) => value is null ? this : Add(name, value);

    public ModelPrinter AddIfSet(string name, DigitalSourceType? value) => value is null ? this : Add(name, value);

    public ModelPrinter AddIfSet(string name, object? value) => value is null ? this : Add(name, value);

    public ModelPrinter AddIfSet(string name, ImmutableArray<string> items) => items.IsDefaultOrEmpty ? this : Add(name, items);

    public ModelPrinter AddIfSet<T>(string name, ImmutableArray<T> items)
        where T : class
        => items.IsDefaultOrEmpty ? this : Add(name, items);

    private void Name(string name)
    {
        if (_any)
        {
            builder.Append(", ");
        }

        _any = true;
        builder.Append(name).Append(" = ");
    }

    // A C#-style literal: quotes, backslashes, control characters and invisible characters escaped (so that NBSP, ZWSP or
    // a lone surrogate shows), everything else as it is.
    private static void AppendString(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (IsInvisible(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsInvisible(char c)
        => c != ' ' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
