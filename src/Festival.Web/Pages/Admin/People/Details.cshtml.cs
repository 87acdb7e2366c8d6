using System.ComponentModel.DataAnnotations;
using Festival.Application.People.Merge;
using Festival.Application.People.Update;
using Festival.Application.Reports;
using Festival.Application.Reports.People;
using Festival.Domain.People;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.People;

public sealed class PersonDetailsModel(IMediator mediator) : PageModel
{
    public PersonDetailsView View { get; private set; } = null!;

    public IReadOnlyList<NamedRef> Schools { get; private set; } = [];

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = PersonForm.From(View);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(new UpdatePersonCommand(id, Input.Name ?? string.Empty, Input.Email, Input.Phone, Input.BirthDate, Input.SchoolId,
                Input.Roles.Aggregate(PersonRoles.None, (all, role) => all | role)), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Status"] = "Saved.";
                return RedirectToPage(new { id });
            }

            ModelState.AddErrors(result);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Merges person <paramref name="mergeId"/> into this one (<paramref name="id"/>), which is kept.</summary>
    public async Task<IActionResult> OnPostMergeAsync(int id, int mergeId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new MergePeopleCommand(id, mergeId), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded
            ? $"Merged {result.Value.MergedName} (#{mergeId}) into this record: {result.Value.EntriesMoved} entr{(result.Value.EntriesMoved == 1 ? "y" : "ies")}, {result.Value.GroupPartsMoved} group part(s) and {result.Value.LinksMoved} link(s) moved."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new PersonDetailsQuery(id), cancellationToken);
        View = view!;
        Schools = await mediator.Send(new ListSchoolsQuery(), cancellationToken);
        return view is not null;
    }

    public sealed class PersonForm
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        [Display(Name = "Birth date")]
        public DateOnly? BirthDate { get; set; }

        [Display(Name = "School")]
        public int? SchoolId { get; set; }

        public List<PersonRoles> Roles { get; set; } = [];

        public static PersonForm From(PersonDetailsView view) => new()
        {
            Name = view.Name, Email = view.Email, Phone = view.Phone, BirthDate = view.BirthDate, SchoolId = view.School?.Id,
            Roles = [.. Enum.GetValues<PersonRoles>().Where(r => r != PersonRoles.None && view.Roles.HasFlag(r))],
        };
    }
}
