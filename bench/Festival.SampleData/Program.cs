using System.Globalization;
using System.Text;
using Festival.Testing.Imports;

// dotnet run --project bench/Festival.SampleData -- samples FOLDER         the sample season: syllabus.csv, entries.csv (600 rows)
// dotnet run --project bench/Festival.SampleData -- entries ROWS FILE      a large, clean entries file for the import bench
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
switch (args)
{
    case ["samples", var folder]:
        Directory.CreateDirectory(folder);
        await using (var syllabus = new StreamWriter(Path.Combine(folder, "syllabus.csv"), false, utf8))
        {
            SampleFestival.WriteSyllabus(syllabus);
        }

        await using (var entries = new StreamWriter(Path.Combine(folder, "entries.csv"), false, utf8))
        {
            SampleFestival.WriteEntries(entries, 600, seed: 2027, problems: true);
        }

        Console.WriteLine($"Wrote {folder}/syllabus.csv and {folder}/entries.csv");
        return 0;
    case ["entries", var rows, var file] when int.TryParse(rows, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
        await using (var entries = new StreamWriter(file, false, utf8))
        {
            SampleFestival.WriteEntries(entries, count, seed: count, problems: false);
        }

        Console.WriteLine($"Wrote {count} entries to {file}");
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: samples FOLDER | entries ROWS FILE");
        return 2;
}
