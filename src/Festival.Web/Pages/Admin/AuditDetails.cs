using System.Text;
using System.Text.Json;

namespace Festival.Web.Pages.Admin;

/// <summary>Turns an audit event's stored JSON details into "name: value" pairs for people to read.</summary>
public static class AuditDetails
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new("details", Text(document.RootElement))];
            }

            return document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, string>(Name(p.Name), Text(p.Value))).ToArray();
        }
        catch (JsonException)
        {
            return [new("details", json)];
        }
    }

    /// <summary>"displayName" → "display name"; "email" stays "email".</summary>
    private static string Name(string key)
    {
        var name = new StringBuilder(key.Length + 4);
        foreach (var c in key)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append(' ');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "none" : string.Join(", ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => string.Join("; ", value.EnumerateObject().Select(p => $"{Name(p.Name)}: {Text(p.Value)}")),
        _ => value.GetRawText(),
    };
}
