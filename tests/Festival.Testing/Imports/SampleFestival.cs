using System.Globalization;
using System.Text;

namespace Festival.Testing.Imports;

/// <summary>
/// An invented festival, generated the same way every time from a seed: a syllabus across the disciplines of the shipped
/// configuration, and entries in the entries layout with the mess real exports have ("Last, First" names, odd case and
/// spacing, accents dropped, durations in every accepted format, a Google Forms timestamp column) and, when asked, some
/// rows that must be rejected. Writes samples/2027 and the large files the bench imports.
/// </summary>
public static class SampleFestival
{
    public sealed record SampleClass(string Code, string Name, string Type, int? MinAge, int? MaxAge);

    /// <summary>The entries header, as a Google Forms export might spell it (case and spacing vary; Timestamp is not ours).</summary>
    public static readonly IReadOnlyList<string> EntryHeaders =
    [
        "Timestamp", "Class", "Participants", "Group", "Birthdates", "Email", "Phone", "School", "Teacher", "teacher email",
        "Accompanist", "Accompanist Email", "Accompanist Phone", "Title", "Composer", "Duration", "Title 2", "Composer 2",
        "Duration 2", "Title 3", "Composer 3", "Duration 3", "Comments",
    ];

    private static readonly (string Title, string Composer, int Seconds)[] Pieces =
    [
        ("Minuet in G major, BWV Anh. 114", "J. S. Bach", 95), ("Musette in D major", "J. S. Bach", 70), ("Sonatina in C, Op. 36 No. 1", "Muzio Clementi", 210),
        ("Für Elise", "Ludwig van Beethoven", 175), ("The Wild Horseman, Op. 68 No. 8", "Robert Schumann", 65), ("Arabesque, Op. 100 No. 2", "Friedrich Burgmüller", 80),
        ("Gymnopédie No. 1", "Erik Satie", 190), ("Prelude in E minor, Op. 28 No. 4", "Frédéric Chopin", 130), ("Clair de lune", "Claude Debussy", 300),
        ("Träumerei", "Robert Schumann", 170), ("Waltz in A minor", "Frédéric Chopin", 150), ("Solfeggietto", "C. P. E. Bach", 105),
        ("Caro mio ben", "Tommaso Giordani", 185), ("Nel cor più non mi sento", "Giovanni Paisiello", 160), ("Sebben, crudele", "Antonio Caldara", 150),
        ("The Ash Grove", "Traditional", 140), ("Danny Boy", "Traditional", 200), ("Panis angelicus", "César Franck", 215),
        ("Meditation from Thaïs", "Jules Massenet", 290), ("Humoresque, Op. 101 No. 7", "Antonín Dvořák", 180), ("The Swan", "Camille Saint-Saëns", 170),
        ("Allegro in A minor", "Antonio Vivaldi", 240), ("Gavotte", "François-Joseph Gossec", 125), ("Salut d'amour", "Edward Elgar", 175),
        ("Romance for Clarinet", "Carl Baermann", 230), ("Syrinx", "Claude Debussy", 170), ("Trumpet Voluntary", "Jeremiah Clarke", 150),
        ("Lágrima", "Francisco Tárrega", 140), ("Romanza", "Anonymous", 185), ("Ode to Joy", "Ludwig van Beethoven", 90),
        ("Jabberwocky", "Lewis Carroll", 120), ("The Road Not Taken", "Robert Frost", 75), ("Sea Fever", "John Masefield", 60),
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Élodie", "Zoë", "José", "Liam", "Olivia", "Noah", "Emma", "Mateo", "Chloé", "Aiden", "Mia", "Lucas", "Amélie", "Ethan",
        "Sofia", "Mary-Jane", "Hannah", "Oliver", "Isla", "Jack", "Ava", "Léa", "Benjamin", "Charlotte", "Kai", "Maya", "Samuel", "Ruby", "Felix",
        "Nora", "Theo", "Grace", "Jonah", "Ingrid", "Søren", "Aoife", "Ciarán", "Priya", "Arjun", "Mei", "Hiroshi", "Anaïs", "Björn", "Renée",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Nguyễn", "Müller", "O'Brien", "García", "Tremblay", "Martin", "Roy", "Gagnon", "Côté", "Wong", "Singh", "Kowalski", "Dubois",
        "MacDonald", "Fournier", "Lefèvre", "Brown", "Wilson", "Taylor", "Johansson", "Novák", "Petrović", "Okafor", "Haddad", "Kim", "Park",
        "Schäfer", "Bélanger", "Campbell", "Anderson", "Leblanc", "Rossi", "Santos", "Ivanova", "Yamamoto", "Chen", "Murphy", "Byrne", "Lindqvist",
    ];

    private static readonly string[] Schools =
    [
        "Riverside Elementary", "St. Cecilia Academy", "Northview Secondary", "Lakeshore Conservatory", "Maple Grove School", "École Sainte-Anne",
        "Westwood High School", "Hillcrest Music Studio", "Pinecrest Middle School", "Oakridge Collegiate",
    ];

    /// <summary>About 150 classes: number, name, type, age limits, across the disciplines of the shipped configuration.</summary>
    public static IReadOnlyList<SampleClass> Classes()
    {
        var classes = new List<SampleClass>();
        var ages = new[] { 8, 10, 12, 14, 16, 18 };
        void Add(int number, string suffix, string name, string type = "Solo", int? min = null, int? max = null) =>
            classes.Add(new SampleClass($"{number}{suffix}", name, type, min, max));

        for (var i = 0; i < ages.Length; i++)
        {
            Add(1001 + i, "", $"Vocal Solo, Art Song, {ages[i]} years and under", max: ages[i]);
            Add(1101 + i, "", $"Vocal Solo, Musical Theatre, {ages[i]} years and under", max: ages[i]);
            Add(1201 + i, "", $"Vocal Solo, Folk Song, {ages[i]} years and under", max: ages[i]);
            Add(1501 + i, "", $"Vocal Solo, Sacred Song, {ages[i]} years and under", max: ages[i]);
        }

        Add(1301, "", "Vocal Duet, 14 years and under", "Duet", max: 14);
        Add(1302, "", "Vocal Duet, Open", "Duet");
        Add(1303, "", "Vocal Trio, Open", "Trio");
        Add(1401, "", "Senior Vocal Recital", "Recital", 15, 28);
        var periods = new[] { "Baroque", "Classical", "Romantic", "20th Century" };
        for (var grade = 1; grade <= 10; grade++)
        {
            for (var p = 0; p < periods.Length; p++)
            {
                Add(2000 + (grade * 10) + p, "", $"Piano Solo, Grade {grade}, {periods[p]}");
            }
        }

        Add(2021, "A", "Piano Solo, Grade 2, Classical, 8 years and under", max: 8);
        Add(2021, "B", "Piano Solo, Grade 2, Classical, 9 years and over", min: 9);
        for (var grade = 2; grade <= 8; grade += 2)
        {
            Add(2500 + grade, "", $"Piano Duet, Grade {grade}", "Duet");
        }

        Add(2601, "", "Piano Recital, Senior", "Recital", 14, 28);
        Add(2901, "", "Organ Solo, Intermediate");
        Add(2902, "", "Organ Solo, Senior");
        Add(2602, "", "Piano Recital, Diploma", "Recital", 16);
        foreach (var (instrument, start) in new[] { ("Violin", 3000), ("Viola", 3200), ("Cello", 3400) })
        {
            for (var grade = 1; grade <= 8; grade++)
            {
                Add(start + grade, "", $"{instrument} Solo, Grade {grade}");
            }
        }

        Add(3601, "", "String Duet, Open", "Duet");
        Add(3602, "", "String Quartet, Senior", "Quartet");
        Add(3603, "", "String Ensemble, 14 years and under", "Ensemble", max: 14);
        foreach (var (instrument, number) in new[] { ("Flute", 4001), ("Clarinet", 4101), ("Saxophone", 4201), ("Oboe", 4301) })
        {
            Add(number, "", $"{instrument} Solo, Junior");
            Add(number + 1, "", $"{instrument} Solo, Intermediate");
            Add(number + 2, "", $"{instrument} Solo, Senior");
        }

        Add(4401, "", "Woodwind Quintet, Open", "Quintet");
        foreach (var (instrument, number) in new[] { ("Trumpet", 4501), ("Trombone", 4601), ("French Horn", 4701) })
        {
            Add(number, "", $"{instrument} Solo, Junior");
            Add(number + 1, "", $"{instrument} Solo, Senior");
        }

        Add(4801, "", "Brass Quintet, Open", "Quintet");
        for (var grade = 1; grade <= 8; grade++)
        {
            Add(5000 + grade, "", $"Classical Guitar Solo, Grade {grade}");
        }

        Add(5101, "", "Guitar Duet, Open", "Duet");
        Add(5501, "", "Snare Drum Solo, Junior");
        Add(5502, "", "Marimba Solo, Senior");
        Add(5503, "", "Percussion Ensemble, Open", "Ensemble");
        Add(6001, "", "Primary School Choir, 10 years and under", "Ensemble", max: 10);
        Add(6002, "", "Junior School Choir, 12 years and under", "Ensemble", max: 12);
        Add(6003, "", "Secondary School Choir", "Ensemble");
        Add(6004, "", "Community Choir, Open", "Ensemble");
        Add(7001, "", "Concert Band, Junior", "Ensemble");
        Add(7002, "", "Concert Band, Senior", "Ensemble");
        Add(7003, "", "Jazz Band, Open", "Ensemble");
        for (var i = 0; i < 4; i++)
        {
            Add(8001 + i, "", $"Poetry Recitation, {ages[i + 1]} years and under", max: ages[i + 1]);
        }

        Add(8101, "", "Prose Reading, Senior");
        Add(9001, "", "Original Composition, Piano, 14 years and under", "Composition", max: 14);
        Add(9002, "", "Original Composition, Open", "Composition");
        return classes;
    }

    private static readonly (int From, string Instrument)[] LargeInstruments =
    [
        (1000, "Vocal"), (2000, "Piano"), (3000, "Violin"), (3300, "Viola"), (3600, "Cello"), (4000, "Flute"), (4250, "Clarinet"),
        (4500, "Trumpet"), (4750, "Trombone"), (5000, "Classical Guitar"), (5500, "Marimba"), (8000, "Poetry Recitation"),
    ];

    private static readonly string[] LargeStyles = ["Baroque", "Classical", "Romantic", "20th Century", "Contemporary", "Canadian Composer", "Own Choice", "Duet"];

    /// <summary>Age brackets ("N years and under") alternate with grades (no age limit), then Open and the upper grades.</summary>
    private static readonly (string Name, int? MaxAge)[] LargeBrackets =
    [
        ("8 years and under", 8), ("Grade 1", null), ("10 years and under", 10), ("Grade 2", null), ("12 years and under", 12), ("Grade 3", null),
        ("14 years and under", 14), ("Grade 4", null), ("16 years and under", 16), ("Grade 5", null), ("18 years and under", 18), ("Grade 6", null),
        ("Open", null), ("Grade 7", null), ("Grade 8", null), ("Grade 9", null), ("Grade 10", null),
    ];

    /// <summary>
    /// A syllabus of <paramref name="count"/> classes for the online-entry bench: twelve instruments across the disciplines
    /// of the shipped configuration, taken in turn, each with styles by age bracket or grade, so a child of any age from 8
    /// to 18 fits hundreds of solo classes (one style in eight is a duet). At most 1,632 classes.
    /// </summary>
    public static IReadOnlyList<SampleClass> LargeClasses(int count)
    {
        var perInstrument = LargeStyles.Length * LargeBrackets.Length;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, LargeInstruments.Length * perInstrument);
        return Enumerable.Range(0, count).Select(k =>
        {
            var (from, instrument) = LargeInstruments[k % LargeInstruments.Length];
            var ordinal = k / LargeInstruments.Length;
            var style = LargeStyles[ordinal % LargeStyles.Length];
            var (bracket, maxAge) = LargeBrackets[ordinal / LargeStyles.Length];
            var name = style == "Duet" ? $"{instrument} Duet, {bracket}" : $"{instrument} Solo, {style}, {bracket}";
            return new SampleClass((from + ordinal).ToString(CultureInfo.InvariantCulture), name, style == "Duet" ? "Duet" : "Solo", null, maxAge);
        }).ToList();
    }

    /// <summary>
    /// The syllabus in the syllabus layout (the sample's classes unless others are given); some rows leave Fee, Level or
    /// Discipline out, as festivals do, so they are derived.
    /// </summary>
    public static void WriteSyllabus(TextWriter writer, IReadOnlyList<SampleClass>? classes = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteLine(writer, ["Class", "Name", "Discipline", "Level", "Type", "Fee", "Adjudication", "MinAge", "MaxAge", "MaxDuration"]);
        var i = 0;
        foreach (var c in classes ?? Classes())
        {
            i++;
            var fee = c.Type == "Solo" && i % 5 == 0 ? "" : (c.Type switch { "Solo" => 25m, "Recital" => 45m, "Ensemble" => 60m, _ => 35m }).ToString("0.00", CultureInfo.InvariantCulture);
            var maxDuration = c.Type == "Recital" ? "20" : c.Type == "Ensemble" ? "10" : "6";
            WriteLine(writer, [c.Code, c.Name, "", "", c.Type is "Solo" ? "" : c.Type, fee, c.Type == "Recital" ? "8" : "",
                c.MinAge?.ToString(CultureInfo.InvariantCulture) ?? "", c.MaxAge?.ToString(CultureInfo.InvariantCulture) ?? "", maxDuration]);
        }
    }

    /// <summary>
    /// <paramref name="count"/> entry rows. With <paramref name="problems"/>, about one row in thirty carries a mistake an
    /// import must reject (unknown class, unreadable duration or date, missing or too few participants, negative or
    /// 24-hour duration) and a few carry HTML. People are drawn from a pool of about 0.6 × <paramref name="count"/>.
    /// </summary>
    public static void WriteEntries(TextWriter writer, int count, int seed, bool problems)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var random = new Random(seed);
        var classes = Classes();
        var pool = Enumerable.Range(0, Math.Max(20, count * 3 / 5) + Math.Max(5, count / 20) + Math.Max(3, count / 60)).Select(i => Person(i, random)).ToList();
        var people = pool[..Math.Max(20, count * 3 / 5)];
        var teachers = pool[people.Count..(people.Count + Math.Max(5, count / 20))];
        var accompanists = pool[(people.Count + teachers.Count)..];
        var start = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Unspecified);
        WriteLine(writer, EntryHeaders);
        for (var row = 0; row < count; row++)
        {
            var c = classes[random.Next(classes.Count)];
            var performers = c.Type switch { "Duet" => 2, "Trio" => 3, "Quartet" => 4, "Quintet" => 5, "Ensemble" => 0, _ => 1 };
            var chosen = Enumerable.Range(0, performers).Select(_ => people[random.Next(people.Count)]).DistinctBy(p => p.Name).ToList();
            var age = c.MaxAge is { } max ? random.Next(Math.Max(c.MinAge ?? 6, max - 3), max + 1) : random.Next(c.MinAge ?? 8, 19);
            var pieceCount = c.Type == "Recital" ? 3 : 1;
            var suitable = PiecesFor(c.Code);
            var pieces = Enumerable.Range(0, pieceCount).Select(_ => suitable[random.Next(suitable.Count)]).ToList();
            var teacher = teachers[random.Next(teachers.Count)];
            var accompanist = c.Type is "Solo" or "Recital" && random.Next(3) == 0 ? accompanists[random.Next(accompanists.Count)] : null;
            var cells = new Dictionary<string, string>
            {
                ["Timestamp"] = start.AddMinutes(row * 7 + random.Next(5)).ToString("yyyy/MM/dd h:mm:ss tt", CultureInfo.InvariantCulture),
                ["Class"] = random.Next(15) == 0 ? $" {c.Code.ToLowerInvariant()} " : c.Code,
                ["Participants"] = string.Join("; ", chosen.Select(p => Messy(p.Name, random))),
                ["Group"] = performers == 0 ? $"{Schools[random.Next(Schools.Length)]} {(c.Name.Contains("Band", StringComparison.Ordinal) ? "Band" : "Singers")}" : "",
                ["Birthdates"] = performers == 0 ? "" : string.Join(";", chosen.Select(_ => new DateOnly(2027 - age, random.Next(1, 13), random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                ["Email"] = chosen.Count > 0 ? chosen[0].Email : teacher.Email,
                ["Phone"] = random.Next(4) == 0 ? "" : $"({random.Next(200, 999)}) 555-{random.Next(1000, 9999)}",
                ["School"] = random.Next(3) == 0 ? "" : MessySchool(Schools[random.Next(Schools.Length)], random),
                ["Teacher"] = Messy(teacher.Name, random),
                ["teacher email"] = teacher.Email,
                ["Accompanist"] = accompanist is null ? "" : Messy(accompanist.Name, random),
                ["Accompanist Email"] = accompanist?.Email ?? "",
                ["Accompanist Phone"] = accompanist is null ? "" : $"555-{random.Next(1000, 9999)}",
                ["Comments"] = random.Next(12) == 0 ? "Please schedule after 3 pm, school in the morning." : "",
            };
            for (var p = 0; p < pieces.Count; p++)
            {
                var suffix = p == 0 ? "" : $" {p + 1}";
                cells["Title" + suffix] = pieces[p].Title;
                cells["Composer" + suffix] = random.Next(8) == 0 ? pieces[p].Composer.ToUpperInvariant() : pieces[p].Composer;
                cells["Duration" + suffix] = DurationText(pieces[p].Seconds, random);
            }

            if (problems && row % 30 == 17)
            {
                Spoil(cells, row / 30 % 8);
            }

            WriteLine(writer, EntryHeaders.Select(h => cells.GetValueOrDefault(h, "")).ToList());
        }
    }

    private static readonly string[] Songs = ["Caro mio ben", "Nel cor più non mi sento", "Sebben, crudele", "The Ash Grove", "Danny Boy", "Panis angelicus", "Ode to Joy"];
    private static readonly string[] Poems = ["Jabberwocky", "The Road Not Taken", "Sea Fever"];

    /// <summary>Songs for voices and choirs, poems for speech arts, the rest for instruments.</summary>
    private static List<(string Title, string Composer, int Seconds)> PiecesFor(string classCode)
    {
        var number = int.Parse(classCode.TrimEnd('A', 'B'), CultureInfo.InvariantCulture);
        var wanted = number is >= 1000 and < 2000 or >= 6000 and < 7000 ? Songs : number is >= 8000 and < 9000 ? Poems : null;
        return Pieces.Where(p => wanted?.Contains(p.Title) ?? !Songs.Contains(p.Title) && !Poems.Contains(p.Title)).ToList();
    }

    private static void Spoil(Dictionary<string, string> cells, int kind)
    {
        switch (kind)
        {
            case 0: cells["Class"] = "9999"; break;
            case 1: cells["Duration"] = "about 3 mins"; break;
            case 2: cells["Birthdates"] = "31/02/2015"; break;
            case 3: cells["Participants"] = ""; cells["Group"] = ""; break;
            case 4: cells["Duration"] = "-2:00"; break;
            case 5: cells["Duration"] = "24:00:00"; break;
            case 6: cells["Birthdates"] = "2015-02-31"; break;
            default: cells["Comments"] = "<script>alert('entry')</script> <b>bold</b> =HYPERLINK(\"http://example.org\")"; break;
        }
    }

    private sealed record SamplePerson(string Name, string Email);

    /// <summary>The <paramref name="index"/>th person: distinct names, spread over the name lists, middle initials once the combinations run out.</summary>
    private static SamplePerson Person(int index, Random random)
    {
        var combinations = FirstNames.Length * LastNames.Length;
        var combination = (int)((long)index * 7919 % combinations);
        var first = FirstNames[combination % FirstNames.Length];
        var last = LastNames[combination / FirstNames.Length];
        var name = index < combinations ? $"{first} {last}" : $"{first} {(char)('A' + (index / combinations % 26))}. {last}";
        var email = $"{Ascii(first)}.{Ascii(last)}{random.Next(1, 99)}@example.org".ToLowerInvariant();
        return new SamplePerson(name, email);
    }

    /// <summary>The name as people type it: mostly as is, sometimes "Last, First", in capitals or lower case, with extra spaces, or without accents.</summary>
    private static string Messy(string name, Random random)
    {
        var parts = name.Split(' ', 2);
        return random.Next(20) switch
        {
            0 or 1 => $"{parts[1]}, {parts[0]}",
            2 => name.ToUpperInvariant(),
            3 => name.ToLowerInvariant(),
            4 => $"  {parts[0]}   {parts[1]} ",
            5 => Ascii(name),
            _ => name,
        };
    }

    private static string MessySchool(string school, Random random) => random.Next(10) switch
    {
        0 => school.Replace("St.", "Saint", StringComparison.Ordinal),
        1 => school.ToLowerInvariant(),
        _ => school,
    };

    /// <summary>Every accepted duration form, as a festival's families write them.</summary>
    private static string DurationText(int seconds, Random random) => random.Next(7) switch
    {
        0 => $"{seconds / 60}:{seconds % 60:00}",
        1 => seconds % 30 == 0 ? (seconds / 60d).ToString("0.#", CultureInfo.InvariantCulture) : $"{seconds / 60}:{seconds % 60:00}",
        2 => seconds % 60 == 0 ? $"{seconds / 60} min" : $"{seconds / 60} min {seconds % 60} s",
        3 => $"{seconds} s",
        4 => $"{seconds / 60}m{seconds % 60}s",
        5 => $" {seconds / 60}:{seconds % 60:00} ",
        _ => $"{seconds / 60}:{seconds % 60:00}",
    };

    private static string Ascii(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Replace("'", "", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal);

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> cells) =>
        writer.Write(string.Join(',', cells.Select(c => c.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c)) + "\r\n");
}
