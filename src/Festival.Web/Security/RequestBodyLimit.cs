using Microsoft.AspNetCore.Http.Features;

namespace Festival.Web.Security;

/// <summary>
/// Festival takes forms and small JSON documents only; anything larger than <c>Festival:Limits:MaxRequestBodyBytes</c>
/// (default 1 MiB) is refused with 413 before it is read. Endpoints marked <see cref="LargeUploadAttribute"/> take up to
/// <c>uploadLimit</c> instead; the middleware runs after routing so that it knows the endpoint.
/// </summary>
public static class RequestBodyLimit
{
    public const string Key = "Festival:Limits:MaxRequestBodyBytes";
    public const long Default = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long defaultLimit, long uploadLimit) =>
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<LargeUploadAttribute>() is null ? defaultLimit : uploadLimit;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                        title: $"The request body is larger than the {limit} bytes Festival accepts.").ExecuteAsync(context);
                }

                return;
            }

            // Bodies without a declared length are cut off by the server at the same limit while being read.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            await next(context);
        });
}
