namespace Festival.Application.Results;

/// <summary>Who may change a class's results: its session's adjudicator until they submit it, festival staff always.</summary>
internal static class ResultAccess
{
    /// <summary>Null when <paramref name="userId"/> may change class <paramref name="target"/>'s results now; otherwise the error.</summary>
    public static async Task<Error?> CheckAsync(
        IResults results, IAdjudication adjudication, string userId, bool asStaff, int classId, string classCode, Error notFound, CancellationToken cancellationToken)
    {
        if (asStaff)
        {
            return null;
        }

        if (!await adjudication.AdjudicatesAsync(userId, classId, cancellationToken))
        {
            return notFound;
        }

        return await results.FindClassResultAsync(classId, cancellationToken) is { IsSubmitted: true } ? ResultErrors.Submitted(classCode) : null;
    }
}
