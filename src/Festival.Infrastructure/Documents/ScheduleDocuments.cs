using System.Globalization;
using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Programme;
using Festival.Application.Scheduling.View;

namespace Festival.Infrastructure.Documents;

/// <summary>
/// The printed schedule: the programme booklet (as the <c>/Programme</c> page prints it) and a session's adjudicator
/// sheets. Names, titles and pieces are drawn as typed, markup included.
/// </summary>
internal sealed class ScheduleDocuments : IScheduleDocuments
{
    private static readonly PdfColumn[] EntryColumns =
        [new("#", 5, true), new("Performers", 35), new("Pieces", 40), new("Accompanist", 20)];

    public byte[] Programme(ProgrammeView programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        using var layout = new PdfLayout($"{programme.FestivalName} programme {programme.Season}");
        layout.Heading(programme.FestivalName)
            .Text($"Programme, season {programme.Season}{(programme.Version is { } version ? $", version {version}" : ", draft (not published)")}", bold: true);
        var sessions = programme.Schedule?.Sessions ?? [];
        if (sessions.Count == 0)
        {
            return layout.Space().Text("Nothing is scheduled.").ToBytes();
        }

        var first = true;
        foreach (var day in sessions.GroupBy(s => s.Date))
        {
            // The title shares the first day's page; every later day starts its own.
            if (first)
            {
                layout.Space(12);
            }
            else
            {
                layout.PageBreak();
            }

            first = false;
            layout.Heading(day.Key.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
            foreach (var venue in day.GroupBy(s => s.Venue))
            {
                layout.Space().KeepTogether(layout.TextHeight(venue.Key, subheading: true) + 40).Subheading(venue.Key);
                foreach (var session in venue)
                {
                    var heading = SessionLine(session);
                    var firstClass = session.Classes.Count > 0 ? ClassHeight(layout, session.Classes[0]) : 0;
                    layout.Space(4).KeepTogether(layout.TextHeight(heading, bold: true) + firstClass).Text(heading, bold: true);
                    foreach (var scheduled in session.Classes)
                    {
                        layout.KeepTogether(ClassHeight(layout, scheduled)).Text(ClassLine(scheduled), bold: true).Table(EntryColumns, Rows(scheduled));
                    }
                }
            }
        }

        return layout.ToBytes();
    }

    public byte[] AdjudicatorSheets(AdjudicatorSheets sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var session = sheets.Sheet.Session;
        using var layout = new PdfLayout($"{sheets.FestivalName} adjudicator sheets, session {session.Id}");
        var entries = sheets.Sheet.Classes.SelectMany(c => c.Entries.Select(e => (Class: c, Entry: e))).ToList();
        if (entries.Count == 0)
        {
            return layout.Heading(sheets.FestivalName).Text($"Season {sheets.Season}").Text(SessionText(sheets)).Space().Text("The session holds no entries.").ToBytes();
        }

        foreach (var (sheetClass, entry) in entries)
        {
            layout.PageBreak()
                .Heading(sheets.FestivalName)
                .Text($"Adjudicator's sheet, season {sheets.Season}", bold: true)
                .Text(SessionText(sheets))
                .Text($"Adjudicator: {session.Adjudicator ?? "not assigned"}")
                .Space()
                .Subheading($"Class {sheetClass.Code}{(sheetClass.PartCount > 1 ? $" part {sheetClass.Part}/{sheetClass.PartCount}" : string.Empty)} {sheetClass.Name}")
                .Text($"Performance {entry.Position} of {sheetClass.Entries.Count}")
                .Text($"Performers: {string.Join(", ", entry.Performers)}");
            if (entry.Accompanist is not null)
            {
                layout.Text($"Accompanist: {entry.Accompanist}");
            }

            if (entry.Pieces.Count > 0)
            {
                layout.Space().Table([new PdfColumn("Piece", 65), new PdfColumn("Composer", 35)], [.. entry.Pieces.Select(p => (IReadOnlyList<string>)[p.Title, p.Composer])]);
            }

            layout.Space(12).Text("Mark: ______________________", bold: true)
                .Space(12).Text("Comments", bold: true)
                .RuledToBottom();
        }

        return layout.ToBytes();
    }

    private static string SessionText(AdjudicatorSheets sheets)
    {
        var session = sheets.Sheet.Session;
        return $"Session: {session.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}, {Time(session.Start)}–{Time(session.End)}, {session.Place}";
    }

    private static string SessionLine(SessionView session) =>
        $"{session.Room}, {Time(session.Start)}–{Time(session.End)}, adjudicator: {session.Adjudicator?.Name ?? "to be announced"}"
        + (session.Breaks.Count == 0 ? string.Empty : $" (break {string.Join(", ", session.Breaks.Select(b => $"{Time(b.Start)}–{Time(b.End)}"))})");

    private static string ClassLine(ScheduledClassView scheduled) => $"{Time(scheduled.Start)}–{Time(scheduled.End)}  {scheduled.Label} {scheduled.Name}";

    private static double ClassHeight(PdfLayout layout, ScheduledClassView scheduled) =>
        layout.TextHeight(ClassLine(scheduled), bold: true) + layout.TableHeight(EntryColumns, Rows(scheduled));

    private static List<IReadOnlyList<string>> Rows(ScheduledClassView scheduled) =>
    [
        .. scheduled.Entries.Select(e => (IReadOnlyList<string>)
        [
            e.Position.ToString(CultureInfo.InvariantCulture),
            e.Group is null ? string.Join(", ", e.Performers.Select(p => p.Name)) : $"{e.Group}: {string.Join(", ", e.Performers.Select(p => p.Name))}",
            string.Join("\n", e.Pieces),
            e.Accompanist?.Name ?? string.Empty,
        ]),
    ];

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
