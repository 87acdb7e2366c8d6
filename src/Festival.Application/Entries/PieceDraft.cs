namespace Festival.Application.Entries;

/// <summary>A piece as typed: title, composer and the timed length (<c>3:30</c>, <c>3.5</c>, <c>210 s</c>…).</summary>
public sealed record PieceDraft(string Title, string Composer, string Duration);
