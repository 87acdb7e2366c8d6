using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Domain.Accounts;
using Festival.Web.Security;
using MediatR;

namespace Festival.Web.Api;

/// <summary>
/// <c>/api/admin/imports</c>: upload a syllabus or entries file, look at what it would do, commit it. Every endpoint
/// needs <c>festival_admin</c>; only the upload takes a body larger than 1 MiB.
/// </summary>
public static class ImportEndpoints
{
    public const string FileField = "file";
    public const string SeasonField = "season";

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder routes)
    {
        var imports = routes.MapGroup("/api/admin/imports").WithTags("Imports")
            .RequireAuthorization(PermissionPolicy.For(Permissions.FestivalAdmin));

        imports.MapPost("/{kind}", UploadAsync)
            .WithMetadata(new LargeUploadAttribute())
            .WithSummary("Stages a file (multipart: file, optional season; kind is syllabus or entries) and answers with its preview. Writes nothing else.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportPreview>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetStagedImportQuery(id), ct) is var staged && staged.Succeeded
                    ? Results.Ok(ImportPreview.From(staged.Value))
                    : ApiResults.Problem(staged))
            .WithSummary("A staged import planned again against the data as it is now.")
            .Produces<ImportPreview>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapPost("/{id:guid}/commit", async (Guid id, ImportCommitRequest body, IMediator mediator, CancellationToken ct) =>
            {
                if (ApiResults.Required(("fingerprint", body.Fingerprint)) is { } missing)
                {
                    return missing;
                }

                var result = await mediator.Send(new CommitImportCommand(id, body.Fingerprint), ct);
                return result.Succeeded ? Results.Ok(ImportPreview.From(id, result.Value, committed: true)) : ApiResults.Problem(result);
            })
            .WithSummary("Writes a staged import if its plan still has the previewed fingerprint; 409 when the data changed or it was committed already.")
            .Produces<ImportPreview>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    private static async Task<IResult> UploadAsync(string kind, HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        if (!Enum.TryParse<ImportKind>(kind, ignoreCase: true, out var importKind) || !Enum.IsDefined(importKind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
                title: $"There is no import of {kind}: use {string.Join(" or ", Enum.GetNames<ImportKind>().Select(n => n.ToLowerInvariant()))}.");
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if (form?.Files.GetFile(FileField) is not { } file)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [FileField] = ["Send the file as multipart/form-data in a field named file."] },
                title: "The request has invalid fields.");
        }

        var content = await ReadAllAsync(file, ct);
        var season = form[SeasonField].ToString();
        var result = await mediator.Send(new StageImportCommand(importKind, content, file.FileName,
            string.IsNullOrWhiteSpace(season) ? null : season), ct);
        return result.Succeeded ? Results.Ok(ImportPreview.From(result.Value)) : ApiResults.Problem(result);
    }

    /// <summary>The uploaded file's bytes, as the staging command stores them.</summary>
    public static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }

        return buffer.ToArray();
    }
}
