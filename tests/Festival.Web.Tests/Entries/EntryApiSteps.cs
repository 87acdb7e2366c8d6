using System.Net;
using System.Text.Json;

namespace Festival.Web.Tests.Entries;

/// <summary>What a family does through the entry API, for tests that need a submitted family to start from.</summary>
internal static class EntryApiSteps
{
    public static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }

    /// <summary>A signed-in family that enters one child in the given classes through the API; returns the session and the entry ids.</summary>
    public static async Task<(WebSession Session, int[] EntryIds)> FamilyAsync(
        FestivalWebFactory factory, IReadOnlyDictionary<string, int> classes, string email, params string[] classCodes)
    {
        var session = await factory.SignedInAsync(email);
        var child = await JsonOf(await session.PostJsonAsync("/api/entries/people", new { relationship = "Child", name = $"Child of {email}", birthDate = "2015-09-09" }), HttpStatusCode.Created);
        foreach (var code in classCodes)
        {
            var draft = new { classId = classes[code], personIds = new[] { child.GetProperty("id").GetInt32() }, pieces = new[] { new { title = "Gigue", composer = "Bach", duration = "2:30" } } };
            await JsonOf(await session.PostJsonAsync("/api/entries/basket", draft), HttpStatusCode.Created);
        }

        var submitted = await JsonOf(await session.PostJsonAsync("/api/entries/submit", new { }), HttpStatusCode.OK);
        return (session, [.. submitted.GetProperty("entryIds").EnumerateArray().Select(e => e.GetInt32())]);
    }
}
