namespace Festival.Application.Repertoire;

public static class RepertoireErrors
{
    public static Error PieceNotFound(int id) => Error.NotFound("piece_not_found", $"There is no piece with id {id}.");

    public static readonly Error TitleRequired = Error.Validation("Title", "piece_title_required", "Give the piece's title.");

    public static readonly Error ComposerRequired = Error.Validation("Composer", "piece_composer_required", "Give the piece's composer.");

    public static readonly Error TooLong = Error.Validation("Title", "piece_text_too_long", "A title is at most 300 characters and a composer at most 200.");

    public static readonly Error DurationRange = Error.Validation("DurationSeconds", "piece_duration_range", "A duration is more than 0 seconds and under 24 hours.");

    public static readonly Error Duplicate = Error.Conflict("piece_exists", "Another piece already has this title and composer.", "Title");
}
