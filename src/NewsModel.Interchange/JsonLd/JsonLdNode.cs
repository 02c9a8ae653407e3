using System.Text;
using System.Text.Json;
using NewsModel.Json;

namespace NewsModel.Interchange.JsonLd;

/// <summary>The kinds of JSON value a <see cref="JsonLdNode"/> holds.</summary>
internal enum JsonLdKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One JSON value of a JSON-LD document, with the byte offset of its first token and its place in its parent, so that a
/// diagnostic can name its JSON path and position. JSON-LD needs random access (an <c>@graph</c>, references by
/// <c>@id</c>), which one forward pass cannot give: the document is read once into these, by <see cref="Parse"/>, without
/// recursion.
/// </summary>
internal sealed class JsonLdNode
{
    private static readonly List<KeyValuePair<string, JsonLdNode>> s_noMembers = [];
    private static readonly List<JsonLdNode> s_noItems = [];

    private List<KeyValuePair<string, JsonLdNode>>? _members;
    private List<JsonLdNode>? _items;

    // The text of the numbers 0 to 999, which most documents' numbers are (positions, sizes): one string each, not one a value.
    private static readonly string[] s_smallNumbers = [.. Enumerable.Range(0, 1000).Select(static n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    // An int, not a long: the input is one array. With the kind as a byte, a node of a large document costs 16 bytes less.
    private readonly int _offset;

    private JsonLdNode(JsonLdKind kind, long offset, JsonLdNode? parent, string? key, int index)
    {
        Kind = kind;
        _offset = (int)offset;
        Parent = parent;
        Key = key;
        Index = index;
    }

    public JsonLdKind Kind { get; }

    /// <summary>The byte offset of the value's first token (for a member, its value's).</summary>
    public long Offset => _offset;

    public JsonLdNode? Parent { get; }

    /// <summary>The member name under which the parent holds this value, or <see langword="null"/> for an array item or the root.</summary>
    public string? Key { get; }

    /// <summary>The index in the parent array, or -1.</summary>
    public int Index { get; }

    /// <summary>A string's value, or a number's text.</summary>
    public string? Text { get; private set; }

    public IReadOnlyList<KeyValuePair<string, JsonLdNode>> Members => _members ?? s_noMembers;

    public IReadOnlyList<JsonLdNode> Items => _items ?? s_noItems;

    public bool IsObject => Kind == JsonLdKind.Object;

    /// <summary>The member's value, or <see langword="null"/>.</summary>
    public JsonLdNode? this[string name]
    {
        get
        {
            if (_members is null)
            {
                return null;
            }

            foreach (var member in _members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The value's JSON path, such as <c>$['@graph'][0].video</c>.</summary>
    public string Path
    {
        get
        {
            var chain = new List<JsonLdNode>();
            for (var node = this; node.Parent is not null; node = node.Parent)
            {
                chain.Add(node);
            }

            var path = new StringBuilder(JsonPath.Root);
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                if (chain[i].Key is { } key)
                {
                    JsonPath.AppendProperty(path, key);
                }
                else
                {
                    JsonPath.AppendIndex(path, chain[i].Index);
                }
            }

            return path.ToString();
        }
    }

    /// <summary>
    /// Reads one JSON value and nothing after it. Malformed JSON throws the reader's <see cref="JsonException"/>, an
    /// undecodable string <see cref="InvalidOperationException"/>, and so do a duplicate member and nesting deeper than <paramref name="maxDepth"/>: the caller asks <see cref="JsonStructureValidator"/> what and where.
    /// </summary>
    public static JsonLdNode Parse(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, JsonStructureValidator.ReaderOptions(maxDepth));
        JsonLdNode? root = null;
        Dictionary<JsonLdNode, HashSet<string>>? largeObjects = null;
        JsonLdNode? container = null;
        string? pendingKey = null;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                container = container!.Parent;
                continue;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingKey = reader.GetString()!;
                // The structure pass reports it, with the path and position NewsPageJson gives.
                if (container!.Has(pendingKey, ref largeObjects))
                {
                    throw new JsonException(DiagnosticMessages.DuplicateJsonProperty(pendingKey));
                }

                continue;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
            {
                throw new JsonException(DiagnosticMessages.JsonTooDeep(maxDepth));
            }

            var kind = reader.TokenType switch
            {
                JsonTokenType.StartObject => JsonLdKind.Object,
                JsonTokenType.StartArray => JsonLdKind.Array,
                JsonTokenType.String => JsonLdKind.String,
                JsonTokenType.Number => JsonLdKind.Number,
                JsonTokenType.True => JsonLdKind.True,
                JsonTokenType.False => JsonLdKind.False,
                _ => JsonLdKind.Null,
            };
            var node = container is null
                ? new JsonLdNode(kind, reader.TokenStartIndex, null, null, -1)
                : container.Kind == JsonLdKind.Object
                    ? new JsonLdNode(kind, reader.TokenStartIndex, container, pendingKey, -1)
                    : new JsonLdNode(kind, reader.TokenStartIndex, container, null, container.Items.Count);
            node.Text = kind switch
            {
                JsonLdKind.String => reader.GetString(),
                JsonLdKind.Number => NumberText(reader.ValueSpan),
                _ => null,
            };

            if (container is null)
            {
                root = node;
            }
            else if (container.Kind == JsonLdKind.Object)
            {
                (container._members ??= []).Add(new KeyValuePair<string, JsonLdNode>(pendingKey!, node));
            }
            else
            {
                (container._items ??= []).Add(node);
            }

            if (kind is JsonLdKind.Object or JsonLdKind.Array)
            {
                container = node;
            }

            if (container is null)
            {
                break;
            }
        }

        // A second value after the first makes the reader throw; an input that ends early too.
        if (root is null || container is not null || reader.Read())
        {
            throw new JsonException(DiagnosticMessages.JsonEndedEarly);
        }

        return root;
    }

    private static string NumberText(ReadOnlySpan<byte> raw)
    {
        var value = 0;
        foreach (var digit in raw)
        {
            if (raw.Length > 3 || !char.IsAsciiDigit((char)digit))
            {
                return Encoding.UTF8.GetString(raw);
            }

            value = (value * 10) + (digit - '0');
        }

        // A leading zero ("07") is no JSON number; the reader has refused it already.
        return s_smallNumbers[value];
    }

    // Objects of JSON-LD have few members: a scan is faster than a set until they have many, whose sets the parse keeps.
    private bool Has(string name, ref Dictionary<JsonLdNode, HashSet<string>>? largeObjects)
    {
        if (_members is null)
        {
            return false;
        }

        if (_members.Count > 32)
        {
            largeObjects ??= new Dictionary<JsonLdNode, HashSet<string>>(ReferenceEqualityComparer.Instance);
            if (!largeObjects.TryGetValue(this, out var names))
            {
                names = new HashSet<string>(_members.Select(member => member.Key), StringComparer.Ordinal);
                largeObjects.Add(this, names);
            }

            return !names.Add(name);
        }

        return this[name] is not null;
    }
}
