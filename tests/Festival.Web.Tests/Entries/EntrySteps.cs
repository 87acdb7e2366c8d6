using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Festival.Web.Tests.Entries;

/// <summary>What a family does on /Entries, as form posts a browser would make.</summary>
internal static partial class EntrySteps
{
    public static Task<HttpResponseMessage> AddPersonAsync(WebSession session, string relationship, string name, string birthDate) =>
        session.PostFormAsync("/Entries?handler=Add", new()
        {
            ["Input.Relationship"] = relationship,
            ["Input.Name"] = name,
            ["Input.BirthDate"] = birthDate,
        }, "/Entries");

    /// <summary>Adds a person through the form and returns their id and profile code as the page shows them.</summary>
    public static async Task<(int Id, string Code)> AddAsync(WebSession session, string name, string birthDate = "2016-04-02", string relationship = "Child")
    {
        var response = await AddPersonAsync(session, relationship, name, birthDate);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"adding {name} redirects back to /Entries");
        var page = await session.GetPageAsync("/Entries");
        var row = PersonRow().Matches(page).Single(m => WebUtility.HtmlDecode(m.Groups["name"].Value) == name);
        return (int.Parse(row.Groups["id"].Value, CultureInfo.InvariantCulture), row.Groups["code"].Value);
    }

    /// <summary>Posts the entry form of class <paramref name="classId"/> for <paramref name="people"/>.</summary>
    public static Task<HttpResponseMessage> PutInBasketAsync(
        WebSession session, int classId, int[] people, (string Title, string Composer, string Duration)[] pieces, string? teacherCode = null)
    {
        var query = string.Join("&", people.Select(p => $"people={p}")) + $"&classId={classId}";
        var fields = new Dictionary<string, string> { ["Input.TeacherCode"] = teacherCode ?? string.Empty };
        for (var i = 0; i < pieces.Length; i++)
        {
            fields[$"Input.Pieces[{i}].Title"] = pieces[i].Title;
            fields[$"Input.Pieces[{i}].Composer"] = pieces[i].Composer;
            fields[$"Input.Pieces[{i}].Duration"] = pieces[i].Duration;
        }

        // The form page of a class that does not fit (or of someone else's child) has no form: post with the basket page's token.
        return session.PostFormAsync($"/Entries/Enter?{query}", fields, "/Entries");
    }

    public static Task<HttpResponseMessage> SubmitAsync(WebSession session) => session.PostFormAsync("/Entries?handler=Submit", [], "/Entries");

    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a refused form is shown again with its errors");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("""<a href="/Entries/Person/(?<id>\d+)">(?<name>[^<]+)</a></td>\s*<td>[^<]*</td>\s*<td>[^<]*</td>\s*<td><code>(?<code>P-[A-Z0-9]{5})</code>""")]
    private static partial Regex PersonRow();
}
