using Festival.Application.Imports;

namespace Festival.Application.Tests.Imports;

public sealed class ImportLayoutTests
{
    private static ImportTable Table(params string[] headers) =>
        new(ImportFormat.Csv, headers, [new ImportRow(2, Enumerable.Range(0, headers.Length).Select(i => $" v{i} ").ToArray())]);

    [Test]
    public void Headers_match_in_any_order_and_letter_case_ignoring_spaces_hyphens_and_underscores()
    {
        var sheet = ImportLayouts.Syllabus.Match(Table("warm-up", "NAME", " class ", "Max_Age")).Value;

        Assert.That(sheet.Cell(sheet.Rows[0], "Class"), Is.EqualTo("v2"));
        Assert.That(sheet.Cell(sheet.Rows[0], "Name"), Is.EqualTo("v1"));
        Assert.That(sheet.Cell(sheet.Rows[0], "WarmUp"), Is.EqualTo("v0"));
        Assert.That(sheet.Cell(sheet.Rows[0], "MaxAge"), Is.EqualTo("v3"));
        Assert.That(sheet.Cell(sheet.Rows[0], "Fee"), Is.Empty);
        Assert.That(sheet.Has("Fee"), Is.False);
    }

    [Test]
    public void Unknown_columns_are_listed_as_written_and_ignored()
    {
        var sheet = ImportLayouts.Syllabus.Match(Table("Class", "Name", "Room", "Notes ")).Value;

        Assert.That(sheet.UnknownColumns, Is.EqualTo(new[] { "Room", "Notes" }));
    }

    [Test]
    public void Missing_required_headers_are_named_in_one_error()
    {
        var result = ImportLayouts.Entries.Match(Table("Participants", "Composer"));

        Assert.That(result.Errors[0].Code, Is.EqualTo("import_missing_columns"));
        Assert.That(result.Errors[0].Message, Is.EqualTo("The columns Class, Title, Duration are required but the file has no such headers."));
    }

    [Test]
    public void Entries_need_Participants_or_Group()
    {
        var without = ImportLayouts.Entries.Match(Table("Class", "Title", "Composer", "Duration"));
        var withGroup = ImportLayouts.Entries.Match(Table("Class", "Group", "Title", "Composer", "Duration", "Title 5", "Teacher Email"));

        Assert.That(without.Errors.Single().Message, Is.EqualTo("The file needs one of the columns Participants or Group."));
        Assert.That(withGroup.Succeeded, Is.True);
        Assert.That(withGroup.Value.Has(ImportLayouts.Title(5)) && withGroup.Value.Has("Teacher Email"), Is.True);
    }

    [Test]
    public void A_column_given_twice_is_an_error_naming_both_positions()
    {
        var result = ImportLayouts.Syllabus.Match(Table("Class", "Name", "name"));

        Assert.That(result.Errors.Single().Message, Is.EqualTo("The column Name appears twice (columns 2 and 3); keep one."));
    }
}
