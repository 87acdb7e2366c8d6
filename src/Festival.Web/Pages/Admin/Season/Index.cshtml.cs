using System.ComponentModel.DataAnnotations;
using Festival.Application.Reports.Season;
using Festival.Application.Seasons;
using Festival.Application.Seasons.Fees;
using Festival.Application.Seasons.List;
using Festival.Domain.Seasons;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Season;

public sealed class SeasonModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    public SeasonDashboard? Dashboard { get; private set; }

    public IReadOnlyList<SeasonSummary> Seasons { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public FeesForm Fees { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (await mediator.Send(new GetSeasonFeesQuery(Season), cancellationToken) is { Succeeded: true } fees)
        {
            Fees = FeesForm.From(fees.Value.Fees);
        }
    }

    /// <summary>Saves the registration fee and the n-th entry discount of the season shown.</summary>
    public async Task<IActionResult> OnPostFeesAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(new SetSeasonFeesCommand(Fees.ToFees(), Season), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Status"] = $"Fee settings of season {result.Value.SeasonName} saved.";
                return RedirectToPage(new { season = Season });
            }

            ModelState.AddErrors(result, nameof(Fees));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SeasonDashboardQuery(Season), cancellationToken);
        Dashboard = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
        Seasons = await mediator.Send(new ListSeasonsQuery(), cancellationToken);
    }

    /// <summary>The fee settings form: amounts in the festival's currency, the discount as a percentage or an amount.</summary>
    public sealed class FeesForm
    {
        [Display(Name = "Registration fee")]
        public decimal RegistrationFee { get; set; }

        [Display(Name = "Charged")]
        public RegistrationFeeBasis RegistrationBasis { get; set; }

        [Display(Name = "Discount")]
        public EntryDiscountKind DiscountKind { get; set; }

        [Display(Name = "Percent or amount off")]
        public decimal DiscountValue { get; set; }

        [Display(Name = "From the payer's entry number")]
        public int DiscountFromEntry { get; set; }

        public static FeesForm From(SeasonFees fees) => new()
        {
            RegistrationFee = fees.RegistrationFeeCents / 100m,
            RegistrationBasis = fees.RegistrationBasis,
            DiscountKind = fees.DiscountKind,
            DiscountValue = fees.DiscountKind == EntryDiscountKind.Amount ? fees.DiscountValue / 100m : fees.DiscountValue,
            DiscountFromEntry = fees.DiscountFromEntry,
        };

        /// <summary>Amounts become cents; a negative or too large amount, or a fractional percentage, becomes -1, which the command refuses with its message.</summary>
        public SeasonFees ToFees() => new(
            Cents(RegistrationFee), RegistrationBasis, DiscountKind,
            DiscountKind == EntryDiscountKind.Amount ? Cents(DiscountValue) : decimal.IsInteger(DiscountValue) ? (long)DiscountValue : -1,
            DiscountFromEntry);

        private static long Cents(decimal amount) => amount is < 0 or > SeasonFees.MaxCents / 100m ? -1 : (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
    }
}
