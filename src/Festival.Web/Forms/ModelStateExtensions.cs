using Festival.Application.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Festival.Web.Forms;

public static class ModelStateExtensions
{
    /// <summary>Puts each error of a failed result beside its field (<c>{prefix}.{Field}</c>), or in the summary.</summary>
    /// <param name="onForm">Whether the form has a field for an error's field; errors about fields it lacks go in the summary.</param>
    public static void AddErrors(this ModelStateDictionary modelState, Result result, string prefix = "Input", Func<string, bool>? onForm = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field is null || (onForm is not null && !onForm(error.Field)) ? string.Empty : $"{prefix}.{error.Field}", error.Message);
        }
    }
}
