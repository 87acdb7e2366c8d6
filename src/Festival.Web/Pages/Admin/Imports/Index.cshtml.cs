using System.ComponentModel.DataAnnotations;
using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Application.Seasons;
using Festival.Application.Seasons.List;
using Festival.Web.Api;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Imports;

/// <summary>Upload a syllabus or entries file for a season; the next page previews it before anything is written.</summary>
[LargeUpload]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SeasonSummary> Seasons { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadSeasonsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.File is null || Input.File.Length == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.File)}", "Choose a CSV or XLSX file (or a syllabus PDF) to import.");
        }

        if (!ModelState.IsValid)
        {
            await LoadSeasonsAsync(cancellationToken);
            return Page();
        }

        var content = await ImportEndpoints.ReadAllAsync(Input.File!, cancellationToken);
        var result = await mediator.Send(new StageImportCommand(Input.Kind, content, Path.GetFileName(Input.File!.FileName),
            string.IsNullOrWhiteSpace(Input.Season) ? null : Input.Season), cancellationToken);
        if (!result.Succeeded)
        {
            // File errors go beside the file input; anything else (an unknown season) above the form.
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field == ImportEndpoints.FileField ? $"{nameof(Input)}.{nameof(Input.File)}" : string.Empty, error.Message);
            }

            await LoadSeasonsAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("/Admin/Imports/Preview", new { id = result.Value.Id });
    }

    private async Task LoadSeasonsAsync(CancellationToken cancellationToken)
    {
        Seasons = await mediator.Send(new ListSeasonsQuery(), cancellationToken);
        Input.Season ??= Seasons.FirstOrDefault(s => s.IsCurrent)?.Name;
    }

    public sealed class InputModel
    {
        [Display(Name = "What the file holds")]
        public ImportKind Kind { get; set; } = ImportKind.Syllabus;

        [Display(Name = "Season")]
        public string? Season { get; set; }

        [Display(Name = "File")]
        public IFormFile? File { get; set; }
    }
}
