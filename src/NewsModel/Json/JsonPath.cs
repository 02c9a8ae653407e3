using System.Globalization;
using System.Text;

namespace NewsModel.Json;

/// <summary>Builds and splits JSON paths in the form System.Text.Json uses: <c>$.article.body[2]</c>, <c>$['odd name']</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static void AppendProperty(StringBuilder path, string name)
    {
        if (IsPlainName(name))
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    public static void AppendIndex(StringBuilder path, int index)
        => path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');

    public static string AppendIndex(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Joins the path of an object and a member relative to it (<c>title</c>, <c>body[2]</c>).</summary>
    public static string Combine(string? objectPath, string? member)
        => member is null ? objectPath ?? Root : (objectPath ?? Root) + "." + member;

    /// <summary>Splits a path into property names and array indices; unknown syntax ends the split.</summary>
    public static List<(string? Name, int Index)> Split(string path)
    {
        var segments = new List<(string? Name, int Index)>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add((path[(i + 1)..end], -1));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                segments.Add((path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal), -1));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    break;
                }

                segments.Add((null, index));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
