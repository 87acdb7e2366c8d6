using Festival.Domain.Results;

namespace Festival.Application.Results.Phrases;

/// <summary>An adjudicator keeps a phrase to insert into comments.</summary>
public sealed record AddPhraseCommand(string UserId, string Text) : IRequest<Result<PhraseView>>, ITransactionalRequest;

/// <summary>An adjudicator drops one of their phrases; another account's phrase is not found.</summary>
public sealed record RemovePhraseCommand(string UserId, int PhraseId) : IRequest<Result>, ITransactionalRequest;

/// <summary>The account's phrases, oldest first.</summary>
public sealed record ListPhrasesQuery(string UserId) : IRequest<IReadOnlyList<PhraseView>>;

public sealed record PhraseView(int Id, string Text);

internal sealed class PhraseHandlers(IResults results, TimeProvider clock)
    : IRequestHandler<AddPhraseCommand, Result<PhraseView>>, IRequestHandler<RemovePhraseCommand, Result>, IRequestHandler<ListPhrasesQuery, IReadOnlyList<PhraseView>>
{
    public const int MaxPhrases = 200;

    public async Task<Result<PhraseView>> Handle(AddPhraseCommand request, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length is 0 or > AdjudicatorPhrase.MaxTextLength)
        {
            return ResultErrors.PhraseInvalid;
        }

        var existing = await results.PhrasesAsync(request.UserId, cancellationToken);
        if (existing.FirstOrDefault(p => string.Equals(p.Text, text, StringComparison.Ordinal)) is { } same)
        {
            return Result<PhraseView>.Success(new PhraseView(same.Id, same.Text));
        }

        if (existing.Count >= MaxPhrases)
        {
            return Error.Conflict("too_many_phrases", $"You keep {MaxPhrases} phrases at most: remove one first.");
        }

        var phrase = new AdjudicatorPhrase(request.UserId, text, clock.GetUtcNow());
        results.Add(phrase);
        await results.SaveAsync(cancellationToken);
        return Result<PhraseView>.Success(new PhraseView(phrase.Id, phrase.Text));
    }

    public async Task<Result> Handle(RemovePhraseCommand request, CancellationToken cancellationToken)
    {
        var phrase = await results.FindPhraseAsync(request.UserId, request.PhraseId, cancellationToken);
        if (phrase is null)
        {
            return Result.Failed(ResultErrors.PhraseNotFound(request.PhraseId));
        }

        results.Remove(phrase);
        await results.SaveAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<IReadOnlyList<PhraseView>> Handle(ListPhrasesQuery request, CancellationToken cancellationToken) =>
        [.. (await results.PhrasesAsync(request.UserId, cancellationToken)).Select(p => new PhraseView(p.Id, p.Text))];
}
