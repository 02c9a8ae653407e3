using System.Text.Json;
using System.Text.RegularExpressions;
using NewsModel.Json;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// The validating reader's check: the rules of ninjs-schema_3.1.json and ninjs-schema_2.2.json that JSON Schema 2020-12
/// asserts, written out as a table of shapes (no schema interpreter, no schema file at run time): which properties an object
/// may have (every object of both schemas is closed), which are required, the type of each value (string, integer, number,
/// object, array), the enumerations, the ranges (<c>urgency</c> 1-9 in 3.1, <c>relevance</c> and <c>confidence</c> 0-100), the
/// pattern of truncated dates, and the <c>oneOf</c>/<c>anyOf</c> rules of event dates, contacts and rights. Formats
/// (<c>uri</c>, <c>date-time</c>) are annotations in 2020-12, as in the schemas' own validators by default, and are not
/// asserted; GeoJSON (an external schema) is checked for a GeoJSON <c>type</c> and numeric coordinates.
/// </summary>
internal static partial class NinjsValidator
{
    private static readonly Shape s_v3 = Build(v3: true);
    private static readonly Shape s_v2 = Build(v3: false);

    /// <summary>Reports every broken rule as a <see cref="NewsDiagnosticCode.SchemaViolation"/> error; returns whether there was none.</summary>
    public static bool Validate(JsonElement root, NinjsVersion version, JsonFindings diagnostics)
    {
        var context = new Context(diagnostics, version == NinjsVersion.V3_1 ? "3.1" : "2.2");
        Check(root, new ObjectRule(version == NinjsVersion.V3_1 ? s_v3 : s_v2), JsonPath.Root, context);
        return !context.Failed;
    }

    private static void Check(JsonElement value, Rule rule, string path, Context context)
    {
        switch (rule)
        {
            case AnyRule:
                return;
            case StringRule s:
                if (value.ValueKind != JsonValueKind.String)
                {
                    context.Fail(InterchangeMessages.SchemaType("a string"), path);
                }
                else if (s.Values is { } values && !values.Any(value.ValueEquals))
                {
                    context.Fail(InterchangeMessages.SchemaEnum(NinjsReader.QuietString(value) ?? string.Empty), path);
                }
                else if (s.TruncatedDate && !TruncatedDate().IsMatch(NinjsReader.QuietString(value) ?? string.Empty))
                {
                    context.Fail(InterchangeMessages.SchemaFormat("truncated date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time)"), path);
                }

                return;
            case NumberRule n:
                if (value.ValueKind != JsonValueKind.Number)
                {
                    context.Fail(InterchangeMessages.SchemaType(n.Integer ? "an integer" : "a number"), path);
                }
                else if (n.Integer && !IsInteger(value))
                {
                    context.Fail(InterchangeMessages.SchemaType("an integer"), path);
                }
                else if (n.Minimum is { } min && (value.GetDouble() < min || value.GetDouble() > n.Maximum))
                {
                    context.Fail(InterchangeMessages.SchemaRange(min, n.Maximum), path);
                }

                return;
            case ArrayRule a:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    context.Fail(InterchangeMessages.SchemaType("an array"), path);
                    return;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, a.Items, JsonPath.AppendIndex(path, index++), context);
                }

                return;
            case GeoJsonRule:
                CheckGeoJson(value, path, context);
                return;
            case ObjectRule o:
                CheckObject(value, o.Shape, path, context);
                return;
        }
    }

    private static void CheckObject(JsonElement value, Shape shape, string path, Context context)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Fail(InterchangeMessages.SchemaType("an object"), path);
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = NinjsReader.Child(path, property.Name);
            if (shape.Properties.TryGetValue(property.Name, out var rule))
            {
                Check(property.Value, rule, propertyPath, context);
            }
            else if (shape.Closed)
            {
                context.Fail(InterchangeMessages.SchemaUnknownProperty(property.Name, context.Version), propertyPath);
            }
        }

        foreach (var required in shape.Required)
        {
            if (!value.TryGetProperty(required, out _))
            {
                context.Fail(InterchangeMessages.SchemaMissing(required), NinjsReader.Child(path, required));
            }
        }

        if (shape.Extra is { } extra && extra(value) is { } message)
        {
            context.Fail(message, path);
        }
    }

    private static bool IsInteger(JsonElement value)
        => value.TryGetInt64(out _) || (value.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) == number);

    private static readonly HashSet<string> s_geoJsonTypes =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection"];

    private static void CheckGeoJson(JsonElement value, string path, Context context)
    {
        var valid = value.ValueKind == JsonValueKind.Object
            && value.TryGetProperty("type", out var type) && NinjsReader.QuietString(type) is { } name && s_geoJsonTypes.Contains(name)
            && (!value.TryGetProperty("coordinates", out var coordinates) || NumericArray(coordinates, depth: 0));
        if (!valid)
        {
            context.Fail(InterchangeMessages.SchemaGeoJson, path);
        }
    }

    private static bool NumericArray(JsonElement value, int depth)
    {
        if (value.ValueKind != JsonValueKind.Array || depth > 4)
        {
            return false;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number && !NumericArray(item, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TruncatedDate();

    // The shapes of one version, property names as that version spells them (3.1 camelCase, 2.2 lower case).
    private static Shape Build(bool v3)
    {
        string Name(string camel) => v3 ? camel : camel.ToLowerInvariant();
        var text = new StringRule();
        var integer = new NumberRule(Integer: true);
        var count = v3 ? integer : new NumberRule(Integer: false);
        var number = new NumberRule(Integer: false);
        var any = new AnyRule();
        var dateTime = text;
        var itemTypes = v3
            ? new[] { "text", "audio", "video", "picture", "graphic", "composite", "component", "event", "planning" }
            : ["text", "audio", "video", "picture", "graphic", "composite", "component"];
        var pubStatus = new StringRule(["usable", "withheld", "canceled"]);

        Shape Closed(params (string Name, Rule Rule)[] properties) => new(properties.ToDictionary(p => Name(p.Name), p => p.Rule, StringComparer.Ordinal), [], Closed: true);

        var address = Closed(("lines", new ArrayRule(text)), ("locality", text), ("area", text), ("postalCode", text), ("country", text));
        var contact = Closed(("type", text), ("role", text), ("lang", text), ("name", text), ("value", text), ("address", new ObjectRule(address))) with
        {
            Extra = e => e.TryGetProperty("value", out _) == e.TryGetProperty("address", out _) ? InterchangeMessages.SchemaOneOfValueAddress : null,
        };
        var contacts = new ArrayRule(new ObjectRule(contact));
        var symbol = v3
            ? Closed(("exchange", text), ("symbolType", text), ("symbol", text))
            : Closed(("ticker", text), ("exchange", text), ("symbolType", text), ("symbol", text));
        var organisation = Closed(("name", text), ("rel", text), ("uri", text), ("literal", text), ("symbols", new ArrayRule(new ObjectRule(symbol))), ("contactInfo", contacts));
        var textEntry = Closed(("role", text), ("contentType", text), ("value", text)) with { Required = ["value"] };
        var bodyEntry = Closed(("role", text), ("contentType", text), ("charCount", count), ("wordCount", count), ("value", text)) with { Required = ["value"] };
        var rendition = (v3
            ? Closed(
                ("name", text), ("href", text), ("contentType", text), ("title", text), ("width", integer), ("height", integer), ("sizeInBytes", integer),
                ("duration", number), ("format", text), ("aspectRatio", text), ("videoCodec", text), ("frameRate", number),
                ("poi", new ObjectRule(Closed(("x", integer), ("y", integer)))), ("transportProtocol", text),
                ("scanType", new StringRule(["progressive", "interlaced"])), ("bitrate", text))
            : Closed(("name", text), ("href", text), ("contentType", text), ("height", number), ("width", number), ("sizeInBytes", number), ("duration", number), ("format", text)))
            with { Required = ["name"] };
        var entity = Closed(("name", text), ("rel", text), ("uri", text), ("literal", text));
        var truncated = new StringRule(TruncatedDate: true);
        var dates = Closed(
            ("startDate", dateTime), ("endDate", dateTime), ("expectedStartDate", truncated), ("expectedEndDate", truncated), ("expectedDuration", text),
            ("recurrence", new ObjectRule(Closed(
                ("recurrenceDates", any),
                ("recurrenceRules", new ArrayRule(new ObjectRule(Closed(
                    ("frequency", new StringRule(["secondly", "minutely", "hourly", "daily", "weekly", "monthly", "yearly"])),
                    ("interval", integer), ("until", dateTime), ("count", integer)))))))))
            with { Extra = DatesRule };

        var item = new Dictionary<string, Rule>(StringComparer.Ordinal);
        var associationProperties = new Dictionary<string, Rule>(StringComparer.Ordinal);
        void Add(string name, Rule rule) => item[Name(name)] = rule;

        Add("uri", text);
        Add("type", new StringRule(itemTypes));
        Add("representationType", new StringRule(["full", "partial"]));
        Add("profile", text);
        Add("version", text);
        Add("firstCreated", dateTime);
        Add("versionCreated", dateTime);
        Add("contentCreated", dateTime);
        item[v3 ? "embargoedUntil" : "embargoed"] = dateTime;
        Add("pubStatus", pubStatus);
        Add("urgency", v3 ? new NumberRule(Integer: true, Minimum: 1, Maximum: 9) : number);
        Add("copyrightHolder", text);
        Add("copyrightNotice", text);
        Add("usageTerms", text);
        Add("edNote", text);
        Add("language", text);
        Add("descriptions", new ArrayRule(new ObjectRule(textEntry)));
        Add("bodies", new ArrayRule(new ObjectRule(bodyEntry)));
        Add("headlines", new ArrayRule(new ObjectRule(textEntry)));
        Add("people", new ArrayRule(new ObjectRule(Closed(("name", text), ("rel", text), ("uri", text), ("literal", text), ("contactInfo", contacts)))));
        Add("organisations", new ArrayRule(new ObjectRule(organisation)));
        Add("places", new ArrayRule(new ObjectRule(Closed(("name", text), ("rel", text), ("uri", text), ("literal", text), ("contactInfo", contacts), ("geoJSON", new GeoJsonRule())))));
        var relevance = new NumberRule(Integer: true, Minimum: 0, Maximum: 100);
        Add("subjects", new ArrayRule(new ObjectRule(Closed(("name", text), ("rel", text), ("uri", text), ("literal", text), ("creator", text), ("relevance", relevance), ("confidence", relevance)))));
        Add("events", new ArrayRule(new ObjectRule(v3 ? Closed(("id", text), ("name", text), ("rel", text), ("uri", text), ("literal", text)) : entity)));
        if (v3)
        {
            Add("eventDetails", new ObjectRule(Closed(("eventStatus", text), ("plannedCoverageStatus", text), ("dates", new ObjectRule(dates)), ("organiser", new ObjectRule(organisation)))));
            Add("plannedCoverage", new ArrayRule(new ObjectRule(Closed(
                ("uri", text), ("title", text), ("pubStatus", pubStatus), ("type", new StringRule(itemTypes)),
                ("commissioned", new ObjectRule(Closed(("by", text), ("on", dateTime), ("references", new ArrayRule(new ObjectRule(Closed(("name", text), ("value", text)))))))),
                ("dates", new ObjectRule(dates)),
                ("audiences", new ArrayRule(new ObjectRule(Closed(("audience", text), ("significance", integer))))),
                ("exclAudience", new ArrayRule(text)), ("edNote", text), ("urgency", new NumberRule(Integer: true, Minimum: 1, Maximum: 9)),
                ("language", text), ("itemCount", new ObjectRule(Closed(("rangeFrom", integer), ("rangeTo", integer)))), ("wordCount", integer),
                ("renditions", new ArrayRule(new ObjectRule(rendition)))))));
        }

        Add("objects", new ArrayRule(new ObjectRule(entity)));
        Add("infoSources", new ArrayRule(new ObjectRule(Closed(("name", text), ("role", text), ("uri", text), ("literal", text), ("contactInfo", contacts)))));
        Add("title", text);
        Add("by", text);
        Add("slugline", text);
        Add("located", text);
        Add("renditions", new ArrayRule(new ObjectRule(rendition)));
        Add("associations", new ArrayRule(new ObjectRule(new Shape(associationProperties, ["name", "uri"], Closed: true))));
        Add("altIds", new ArrayRule(new ObjectRule(Closed(("role", text), ("value", text)))));
        Add("trustIndicators", new ArrayRule(new ObjectRule(v3 ? Closed(("role", text), ("title", text), ("href", text)) : Closed(("role", text), ("href", text)))));
        Add("standard", new ObjectRule(Closed(("name", text), ("version", text), ("schema", text))));
        Add("genres", new ArrayRule(new ObjectRule(Closed(("name", text), ("uri", text), ("literal", text)))));
        Add("expires", dateTime);
        Add("rightsInfo", new ObjectRule((Closed(("langId", text), ("linkedRights", text), ("encodedRights", text)) with
        {
            // 2.2 leaves its rights object open.
            Closed = v3,
            Extra = e => e.TryGetProperty(Name("linkedRights"), out _) == e.TryGetProperty(Name("encodedRights"), out _) ? InterchangeMessages.SchemaOneOfRights : null,
        })));
        Add("digitalSourceType", new ObjectRule(Closed(("name", text), ("uri", text), ("literal", text))));

        // An association may hold every property of an item, and its name (and, in 3.1, its relation).
        foreach (var (name, rule) in item)
        {
            associationProperties[name] = rule;
        }

        associationProperties["name"] = text;
        if (v3)
        {
            associationProperties["rel"] = text;
        }

        return new Shape(item, ["uri"], Closed: true);
    }

    private static string? DatesRule(JsonElement dates)
    {
        static bool Exactly(JsonElement e, string a, string b) => e.TryGetProperty(a, out _) != e.TryGetProperty(b, out _);
        return Exactly(dates, "startDate", "expectedStartDate") || Exactly(dates, "endDate", "expectedEndDate") ? null : InterchangeMessages.SchemaDates;
    }

    private abstract record Rule;

    private sealed record AnyRule : Rule;

    private sealed record StringRule(string[]? Values = null, bool TruncatedDate = false) : Rule;

    private sealed record NumberRule(bool Integer, long? Minimum = null, long Maximum = long.MaxValue) : Rule;

    private sealed record ArrayRule(Rule Items) : Rule;

    private sealed record ObjectRule(Shape Shape) : Rule;

    private sealed record GeoJsonRule : Rule;

    private sealed record Shape(Dictionary<string, Rule> Properties, string[] Required, bool Closed)
    {
        public Func<JsonElement, string?>? Extra { get; init; }
    }

    private sealed class Context(JsonFindings diagnostics, string version)
    {
        public string Version => version;

        public bool Failed { get; private set; }

        public void Fail(string message, string path)
        {
            Failed = true;
            diagnostics.Error(NewsDiagnosticCode.SchemaViolation, message + " (" + path + ")", path);
        }
    }
}
