using Festival.Application.Results;
using Festival.Application.Results.Publish;
using Festival.Application.Results.Rules;
using Festival.Application.Results.Sessions;
using Festival.Application.Seasons;
using Festival.Web.Forms;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Results;

/// <summary>Festival staff: every session and whether its results are in, publishing, and the season's results rules.</summary>
public sealed class IndexModel(IMediator mediator, ISeasons seasons) : PageModel
{
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public RulesInput Input { get; set; } = new();

    public sealed class RulesInput
    {
        public string? Scale { get; set; }

        public int MinimumEntriesForPlacements { get; set; }

        public string? Recommendations { get; set; }

        public bool PublicMarks { get; set; }

        public string? CertificateBand { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (await seasons.CurrentAsync(cancellationToken) is { } season)
        {
            var settings = await mediator.Send(new GetResultSettingsQuery(season.Id), cancellationToken);
            Input = new RulesInput
            {
                Scale = settings.Scale.Spec,
                MinimumEntriesForPlacements = settings.MinimumEntriesForPlacements,
                Recommendations = string.Join(Environment.NewLine, settings.Recommendations),
                PublicMarks = settings.PublicMarks,
                CertificateBand = settings.CertificateBand,
            };
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new PublishResultsCommand(User.RequiredUserId()), cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Message));
            return RedirectToPage();
        }

        TempData["Status"] = $"Published the results of {result.Value.ClassIds.Count} class(es); families and teachers are being emailed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRulesAsync(CancellationToken cancellationToken)
    {
        var recommendations = (Input.Recommendations ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await mediator.Send(
            new SetResultRulesCommand(User.RequiredUserId(), null, Input.Scale ?? string.Empty, Input.MinimumEntriesForPlacements, recommendations, Input.PublicMarks,
                Input.CertificateBand),
            cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = $"Results rules saved: marks {result.Value.Scale}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ListSessionsQuery(User.RequiredUserId(), AsStaff: true), cancellationToken);
        Sessions = result.Succeeded ? result.Value : [];
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }
}
