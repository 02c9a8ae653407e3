using System.Text.Json;
using NewsModel.Json;

namespace NewsModel.Interchange;

/// <summary>
/// Finds where the values that JSON paths name start in a UTF-8 document, for readers that walk a tree without positions
/// (a <see cref="JsonDocument"/>): one <see cref="Utf8JsonReader"/> pass over the input, however many paths. The paths
/// are first joined into a tree of their segments, so the pass looks only at the members and items on the way to one of
/// them: linear in the input and the paths' length. A path that names no value (a missing property) gets the position of
/// the deepest value on its way that exists (the object that lacks it); a pass that fails stops with what it found.
/// </summary>
internal static class JsonPathLocator
{
    /// <summary>For each path, the byte offset of the first token of the value it names, or of its deepest ancestor found.</summary>
    public static long[] Locate(ReadOnlySpan<byte> utf8, IReadOnlyList<string?> paths, int maxDepth)
    {
        var root = new Segment(null);
        var targets = new Segment[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            var segment = root;
            foreach (var (name, index) in JsonPath.Split(paths[i] ?? JsonPath.Root))
            {
                segment = segment.Child(name, index);
            }

            targets[i] = segment;
        }

        Walk(utf8, root, maxDepth);
        var offsets = new long[paths.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            var segment = targets[i];
            while (segment.Offset < 0 && segment.Parent is { } parent)
            {
                segment = parent;
            }

            offsets[i] = Math.Max(segment.Offset, 0);
        }

        return offsets;
    }

    private static void Walk(ReadOnlySpan<byte> utf8, Segment root, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var containers = new Stack<(Segment? Segment, bool IsArray, int NextIndex)>();
        Segment? next = root;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        next = containers.Peek().Segment is { Names: { } names } && NameOf(ref reader) is { } name
                            ? names.GetValueOrDefault(name)
                            : null;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.Pop();
                        continue;
                }

                // A value starts here: the member just named, an array's next item, or the root.
                var segment = next;
                if (containers.TryPeek(out var container) && container.IsArray)
                {
                    segment = container.Segment?.Indices?.GetValueOrDefault(container.NextIndex);
                    containers.Pop();
                    containers.Push(container with { NextIndex = container.NextIndex + 1 });
                }

                next = null;
                if (segment is not null)
                {
                    segment.Offset = reader.TokenStartIndex;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push((segment, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Input the reader did not read (it reports that itself): the positions found so far stand.
        }
    }

    // A name System.Text.Json cannot give as a string (an escaped lone surrogate) names no path.
    private static string? NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A segment of one or more paths: its children by name and by index, and where its value starts once found.</summary>
    private sealed class Segment(Segment? parent)
    {
        public Segment? Parent { get; } = parent;

        public Dictionary<string, Segment>? Names { get; private set; }

        public Dictionary<int, Segment>? Indices { get; private set; }

        public long Offset { get; set; } = -1;

        public Segment Child(string? name, int index)
        {
            if (name is not null)
            {
                Names ??= new Dictionary<string, Segment>(StringComparer.Ordinal);
                return Names.TryGetValue(name, out var named) ? named : Names[name] = new Segment(this);
            }

            Indices ??= [];
            return Indices.TryGetValue(index, out var indexed) ? indexed : Indices[index] = new Segment(this);
        }
    }
}
