using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Festival.Web.Tests;

/// <summary>One visitor: a cookie jar, forms submitted with the antiforgery token the page rendered.</summary>
public sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form at <paramref name="formUrl"/> (or <paramref name="url"/>) and posts it with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formUrl = null)
    {
        var page = await GetPageAsync(formUrl ?? url);
        var token = AntiforgeryToken().Match(page);
        Assert.That(token.Success, Is.True, $"no antiforgery token on {formUrl ?? url}");
        return await PostFormWithoutPageAsync(url, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) });
    }

    /// <summary>Loads the form at <paramref name="formUrl"/> and posts it as multipart, with a file and its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string url, Dictionary<string, string> fields, string fileField, byte[] file, string fileName, string? formUrl = null)
    {
        var page = await GetPageAsync(formUrl ?? url);
        var token = AntiforgeryToken().Match(page);
        Assert.That(token.Success, Is.True, $"no antiforgery token on {formUrl ?? url}");
        return await PostFileWithoutPageAsync(url, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) },
            fileField, file, fileName);
    }

    public async Task<HttpResponseMessage> PostFileWithoutPageAsync(string url, Dictionary<string, string> fields, string fileField, byte[] file, string fileName)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        return await Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> PostFormWithoutPageAsync(string url, Dictionary<string, string> fields) =>
        Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> PostJsonAsync<T>(string url, T body) => Client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);

    public Task<HttpResponseMessage> PostRawJsonAsync(string url, string json) =>
        Client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
