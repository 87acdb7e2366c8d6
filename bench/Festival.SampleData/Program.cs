using System.Globalization;
using System.Text;
using Festival.Application.Imports;
using Festival.Testing;
using Festival.Testing.Imports;
using Microsoft.Extensions.DependencyInjection;

// dotnet run --project bench/Festival.SampleData -- samples FOLDER         the sample season: syllabus.csv, entries.csv (600 rows)
// dotnet run --project bench/Festival.SampleData -- entries ROWS FILE      a large, clean entries file for the import bench
// dotnet run --project bench/Festival.SampleData -- syllabus CLASSES FILE  a syllabus of CLASSES classes for the online-entry bench
// dotnet run -c Release --project bench/Festival.SampleData -- read FILE    time reading FILE into a table, as an upload is read
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
    case ["syllabus", var classes, var file] when int.TryParse(classes, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
        await using (var syllabus = new StreamWriter(file, false, utf8))
        {
            SampleFestival.WriteSyllabus(syllabus, SampleFestival.LargeClasses(count));
        }

        Console.WriteLine($"Wrote {count} classes to {file}");
        return 0;
    case ["read", var file]:
        using (var database = new TestDatabase())
        await using (var services = FestivalTestServices.Create(database))
        {
            var reader = services.GetRequiredService<ITabularFileReader>();
            var bytes = await File.ReadAllBytesAsync(file);
            for (var run = 1; run <= 5; run++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = await reader.ReadAsync(new MemoryStream(bytes), file, CancellationToken.None);
                clock.Stop();
                var outcome = result.Succeeded ? $"{result.Value.Rows.Count} rows" : result.ToString();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {clock.Elapsed.TotalMilliseconds:0.0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576d:0.0} MB allocated, {outcome}"));
            }
        }

        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: samples FOLDER | entries ROWS FILE | syllabus CLASSES FILE | read FILE");
        return 2;
}
