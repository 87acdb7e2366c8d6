using Festival.Application.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Festival.Web.Forms;

public static class ModelStateExtensions
{
    /// <summary>Puts each error of a failed result beside its field (<c>{prefix}.{Field}</c>), or in the summary.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, Result result, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field is null ? string.Empty : $"{prefix}.{error.Field}", error.Message);
        }
    }
}
