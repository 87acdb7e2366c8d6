using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Festival.Web.Forms;

/// <summary>
/// Ties every field to its error text for assistive technology: the input gets <c>aria-invalid</c> and
/// <c>aria-describedby</c> pointing at the message, which gets a matching id.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
public sealed class AccessibleFieldTagHelper : TagHelper
{
    // Run after the built-in tag helpers have written name and id.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var describedBy = new List<string>();
        if (output.Attributes.TryGetAttribute("aria-describedby", out var existing))
        {
            describedBy.Add(existing.Value.ToString()!);
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            describedBy.Add(id + "-error");
            output.Attributes.SetAttribute("aria-invalid", "true");
            // AddClass keeps the classes already there; they may be HTML content rather than a string.
            output.AddClass("is-invalid", HtmlEncoder.Default);
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }
    }
}

/// <summary>Gives a field's validation message the id its input points at.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement("div", Attributes = "asp-validation-for")]
public sealed class AccessibleValidationMessageTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", TagBuilder.CreateSanitizedId(name, "_") + "-error");
        output.Attributes.SetAttribute("class", "invalid-feedback d-block");
    }
}
