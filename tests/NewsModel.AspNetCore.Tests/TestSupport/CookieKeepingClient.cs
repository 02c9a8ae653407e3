namespace NewsModel.AspNetCore.Tests.TestSupport;

/// <summary>
/// A test server's client that keeps cookies as a browser would, by name from each response's Set-Cookie headers and sent
/// back with every request, so that a test can walk through banner, choice and later requests. Attributes (path,
/// expiry) are not kept: the tests read them from <see cref="LastSetCookies"/>. The consent tests and the web sample's
/// tests share it.
/// </summary>
internal sealed class CookieKeepingClient(HttpClient client)
{
    /// <summary>The client underneath, for requests that must not send or keep cookies.</summary>
    public HttpClient Client { get; } = client;

    /// <summary>The cookies the "browser" holds.</summary>
    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The Set-Cookie headers of the last response.</summary>
    public List<string> LastSetCookies { get; } = [];

    /// <summary>Sends the request with every cookie held, and keeps the cookies the response sets.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await Client.SendAsync(request);
        LastSetCookies.Clear();
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var header in values)
            {
                LastSetCookies.Add(header);
                var nameValue = header.Split(';')[0];
                var equals = nameValue.IndexOf('=', StringComparison.Ordinal);
                Cookies[nameValue[..equals]] = nameValue[(equals + 1)..];
            }
        }

        return response;
    }
}
