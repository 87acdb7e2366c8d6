using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Festival.LoadTest;

/// <summary>
/// One visitor's cookies, kept by hand: a <see cref="CookieContainer"/> would not send Secure cookies over plain HTTP,
/// and a Production server marks them all Secure.
/// </summary>
internal sealed partial class VisitorSession(HttpClient http, bool forwardedProto)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public bool Has(string cookie) => _cookies.ContainsKey(cookie);

    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, path, JsonContent.Create(body), ct);

    public Task<HttpResponseMessage> PutJsonAsync<T>(string path, T body, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, path, JsonContent.Create(body), ct);

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(fields), ct);

    public static string? AntiforgeryToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (forwardedProto)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                Remember(header);
            }
        }

        return response;
    }

    private void Remember(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return;
        }

        var name = pair[..equals].Trim();
        var value = pair[(equals + 1)..].Trim();
        var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
        if (value.Length == 0 || expired)
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
