using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages;

/// <summary>A readable page for error status codes (the API answers with problem+json instead).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "Your request could not be completed.";

    public void OnGet(int code) => Describe(code);

    // Status pages are re-executed with the original method, so a failed form post lands here too.
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            400 => ("The request could not be accepted", "If you were sending a form, it may have expired. Go back, reload the page and try again."),
            403 => ("Not allowed", "Your account does not have permission for this page."),
            404 => ("Page not found", "There is no page at this address."),
            405 => ("Not allowed", "This address does not accept that kind of request."),
            413 => ("Too much data", "What you sent is larger than Festival accepts."),
            429 => ("Too many attempts", "Too many attempts from your network. Please wait a minute and try again."),
            503 => ("Temporarily unavailable", "Festival cannot reach its database right now. Nothing was changed; please try again shortly."),
            _ => (Title, Message),
        };
    }
}
