using System.Globalization;
using System.Net;
using System.Text.Json;
using Festival.Application.Syllabus.Browse;
using Festival.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Festival.LoadTest;

/// <summary>
/// Online entry under load. Families are seeded accounts (<c>db seed</c>): each signs in through the API (the password
/// work, a phase of its own), then, in the measured phase, adds a child, puts three entries of different solo classes
/// that fit the child's age into its basket (a piece each), submits and reads its invoice. Then the public syllabus
/// browser: <c>GET /api/syllabus</c> and the <c>/Syllabus</c> page with a mix of searches. With <c>--db</c> the database
/// is read afterwards: the measured families' entries and invoices, and invoice numbers without gaps.
/// </summary>
internal static class EntriesRun
{
    public const int EntriesPerFamily = 3;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Repertoire families share, as they do: most pieces are already known when a submission names them.</summary>
    private static readonly (string Title, string Composer)[] Pieces =
    [
        ("Minuet in G major", "J. S. Bach"), ("Sonatina in C, Op. 36 No. 1", "Muzio Clementi"), ("Für Elise", "Ludwig van Beethoven"),
        ("The Wild Horseman", "Robert Schumann"), ("Arabesque, Op. 100 No. 2", "Friedrich Burgmüller"), ("Gymnopédie No. 1", "Erik Satie"),
        ("Caro mio ben", "Tommaso Giordani"), ("The Ash Grove", "Traditional"), ("Humoresque", "Antonín Dvořák"),
        ("The Swan", "Camille Saint-Saëns"), ("Lágrima", "Francisco Tárrega"), ("Sea Fever", "John Masefield"),
    ];

    public static async Task<int> RunAsync(DriverOptions o)
    {
        Console.WriteLine($"Online entry run '{o.Label}': {o.Users} families x {EntriesPerFamily} entries, concurrency {o.Concurrency}, " +
            $"{o.SyllabusRequests} syllabus requests per kind, {o.Url}, {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        using var handler = LoadRun.Handler(o);
        using var http = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(100) };
        await LoadRun.WaitHealthyAsync(http, TargetProfile.Festival.HealthPath);
        var syllabus = await SyllabusAsync(http, o.ForwardedProto);
        var searches = Searches(syllabus);
        var fitting = Enumerable.Range(0, 19).ToDictionary(age => age, age => syllabus.Where(c => Fits(c, age)).Select(c => c.Id).ToArray());
        Console.WriteLine($"syllabus: {syllabus.Count} classes; solo classes a child fits: {string.Join(", ", fitting.Where(f => f.Key >= 8 && f.Key <= 17).Select(f => $"age {f.Key} {f.Value.Length}"))}");
        if (fitting.Where(f => f.Key >= 8 && f.Key <= 17).Any(f => f.Value.Length < EntriesPerFamily))
        {
            throw new ArgumentException($"the syllabus must offer every age from 8 to 17 at least {EntriesPerFamily} solo classes");
        }

        LoadRun.ServerPid = o.ServerPid;
        if (o.Warmup > 0)
        {
            // Untimed, with accounts after the measured ones: JIT, EF Core's query cache and the pool warm up first.
            var (_, warm) = await SignInAsync(o, http, o.Users + 1, o.Warmup);
            await FamiliesAsync(o, http, warm, o.Users, fitting);
            await BrowseAsync(o, http, searches, o.Warmup * 4);
            Console.WriteLine($"warm-up: {o.Warmup} families (accounts {o.Users + 1}-{o.Users + o.Warmup}) through every step, and syllabus searches; not counted");
        }

        var loadBefore = Machine.LoadAverage();
        MemorySampler? memory = o.ServerPid is { } pid ? new MemorySampler(pid) : null;
        OperationResult signIn;
        OperationResult[] entering;
        OperationResult[] browsing;
        try
        {
            var (signInOperation, sessions) = await SignInAsync(o, http, 1, o.Users);
            signIn = signInOperation.Result();
            entering = [.. (await FamiliesAsync(o, http, sessions, 0, fitting)).Select(op => op.Result())];
            browsing = [.. (await BrowseAsync(o, http, searches, o.SyllabusRequests)).Select(op => op.Result())];
        }
        finally
        {
            if (memory is not null)
            {
                await memory.DisposeAsync();
            }
        }

        var database = o.Database is { } file ? CheckDatabase(file, o.Users, o.Warmup) : null;
        var serverLog = o.ServerLog is { } log && File.Exists(log) ? LoadRun.ServerLogFindings(log) : null;
        var operations = entering.Concat(browsing).ToArray();
        var enteringSeconds = entering.Max(op => op.Seconds);
        var worstP99 = entering.Max(op => op.P99Ms);
        var browsingP95 = browsing.Max(op => op.P95Ms);
        var errors = signIn.Errors + operations.Sum(op => op.Errors);
        var result = new
        {
            o.Label,
            MeasuredAtUtc = DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            Machine = Machine.Describe(),
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = Machine.LoadAverage(),
            Url = o.Url.ToString(),
            Families = o.Users,
            EntriesPerFamily,
            o.Concurrency,
            o.SyllabusRequests,
            o.Warmup,
            SyllabusClasses = syllabus.Count,
            Setup = signIn,
            Operations = operations,
            Targets = new
            {
                EnteringSeconds = enteringSeconds,
                EnteringWithinOneMinute = enteringSeconds <= 60,
                EnteringWorstP99Ms = worstP99,
                EnteringP99Under500Ms = worstP99 < 500,
                SyllabusWorstP95Ms = browsingP95,
                SyllabusP95Under50Ms = browsingP95 < 50,
                NoErrors = errors == 0,
            },
            ErrorsTotal = errors,
            Database = database,
            ServerMemory = memory is null ? null : new { o.ServerPid, PeakRssSampledMiB = memory.PeakSampledMiB, PeakRssHighWaterMarkMiB = memory.HighWaterMarkMiB },
            ServerLog = serverLog,
        };

        Console.WriteLine();
        Console.WriteLine($"setup, the password work: {signIn.Succeeded} families signed in in {signIn.Seconds:0.0} s ({signIn.PerSecond:0.0}/s, p99 {signIn.P99Ms:0} ms, {signIn.Errors} errors)");
        LoadRun.Print(operations);
        Console.WriteLine();
        Console.WriteLine($"entering: {o.Users} families in {enteringSeconds:0.0} s (target 60 s), worst p99 {worstP99:0.0} ms (target < 500 ms); " +
            $"syllabus: worst p95 {browsingP95:0.0} ms (target < 50 ms); errors {errors}");
        if (database is not null)
        {
            Console.WriteLine($"database: {database}");
        }

        if (serverLog is not null)
        {
            Console.WriteLine($"server log: {serverLog.DatabaseLocked} \"database is locked\", {serverLog.FailLines} fail/crit lines");
        }

        Console.WriteLine($"load average before {loadBefore}, after {result.LoadAverageAfter}");
        if (o.Out is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
            Console.WriteLine($"wrote {path}");
        }

        return errors == 0 && database is not { Consistent: false } ? 0 : 1;
    }

    /// <summary>Seeded accounts <paramref name="first"/> … sign in through the API, one phase: each is a password hash on the server.</summary>
    private static async Task<(Operation SignIn, VisitorSession?[] Sessions)> SignInAsync(DriverOptions o, HttpClient http, int first, int count)
    {
        var signIn = new Operation("sign-in (API POST)");
        var sessions = new VisitorSession?[count];
        await LoadRun.Phase(count, o.Concurrency, [signIn], async i =>
        {
            var session = new VisitorSession(http, o.ForwardedProto);
            var login = new { email = DatabaseSeeder.EmailOf(first + i), password = LoadRun.Password };
            if (await LoadRun.Timed(signIn, HttpStatusCode.OK, () => session.PostJsonAsync("/api/account/login", login, default)) is not null)
            {
                sessions[i] = session.Has("Festival.Auth") ? session : null;
            }
        });
        return (signIn, sessions);
    }

    /// <summary>Each signed-in family: a child, three basket items, submit, invoice, as one phase.</summary>
    private static async Task<Operation[]> FamiliesAsync(DriverOptions o, HttpClient http, VisitorSession?[] sessions, int offset, Dictionary<int, int[]> fitting)
    {
        var addPerson = new Operation("add child (POST people)");
        var addToBasket = new Operation("add to basket (POST)");
        var submit = new Operation("submit (POST)");
        var invoice = new Operation("GET invoice");
        await LoadRun.Phase(sessions.Length, o.Concurrency, [addPerson, addToBasket, submit, invoice], async i =>
        {
            if (sessions[i] is not { } session)
            {
                addPerson.Error("not signed in");
                return;
            }

            var family = offset + i;
            var age = 8 + (family % 10);
            var born = o.AgeDate.AddYears(-age).AddDays(-1 - (family % 300));
            var child = new { relationship = "Child", name = $"Child {family + 1:D6} Bench", birthDate = born };
            if (await LoadRun.Timed(addPerson, HttpStatusCode.Created, () => session.PostJsonAsync("/api/entries/people", child, default)) is not { } person)
            {
                return;
            }

            int childId;
            using (var created = JsonDocument.Parse(person))
            {
                childId = created.RootElement.GetProperty("id").GetInt32();
            }

            var classes = fitting[age];
            for (var k = 0; k < EntriesPerFamily; k++)
            {
                // Spread over the classes that fit: three apart by a third of them, so never the same class twice.
                var classId = classes[((family * 37) + (k * (classes.Length / EntriesPerFamily))) % classes.Length];
                var (title, composer) = Pieces[(family + k) % Pieces.Length];
                var draft = new { classId, personIds = new[] { childId }, pieces = new[] { new { title, composer, duration = "3:10" } } };
                if (await LoadRun.Timed(addToBasket, HttpStatusCode.Created, () => session.PostJsonAsync("/api/entries/basket", draft, default)) is null)
                {
                    return;
                }
            }

            if (await LoadRun.Timed(submit, HttpStatusCode.OK, () => session.PostJsonAsync("/api/entries/submit", new { }, default)) is not { } submitted)
            {
                return;
            }

            if (Count(submitted, "entryIds") != EntriesPerFamily)
            {
                submit.Error($"200 without {EntriesPerFamily} entries");
            }

            if (await LoadRun.Timed(invoice, HttpStatusCode.OK, () => session.GetAsync("/api/entries/invoice", default)) is { } body && Count(body, "lines") != EntriesPerFamily)
            {
                invoice.Error($"200 without {EntriesPerFamily} lines");
            }
        });
        return [addPerson, addToBasket, submit, invoice];
    }

    private static int Count(string json, string property)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : -1;
    }

    /// <summary><paramref name="requests"/> searches through the API, then as many through the page: a phase each.</summary>
    private static async Task<Operation[]> BrowseAsync(DriverOptions o, HttpClient http, IReadOnlyList<Search> searches, int requests)
    {
        var api = new Operation("GET /api/syllabus");
        var page = new Operation("GET /Syllabus (page)");
        var visitor = new VisitorSession(http, o.ForwardedProto);
        await LoadRun.Phase(requests, o.Concurrency, [api], async i =>
        {
            var search = searches[i % searches.Count];
            if (await LoadRun.Timed(api, HttpStatusCode.OK, () => visitor.GetAsync("/api/syllabus" + search.Query("page"), default)) is { } body && !body.Contains(search.Expect, StringComparison.Ordinal))
            {
                api.Error("200 without the class searched for");
            }
        });
        await LoadRun.Phase(requests, o.Concurrency, [page], async i =>
        {
            var search = searches[i % searches.Count];
            if (await LoadRun.Timed(page, HttpStatusCode.OK, () => visitor.GetAsync("/Syllabus" + search.Query("p"), default)) is { } body
                && !WebUtility.HtmlDecode(body).Contains(search.Expect, StringComparison.Ordinal))
            {
                page.Error("200 without the class searched for");
            }
        });
        return [api, page];
    }

    /// <summary>One search as a family types it, and a class name its answer must show.</summary>
    private sealed record Search(string? Text, string? Discipline, string? Level, int Page, string Expect)
    {
        public string Query(string pageParameter)
        {
            var parts = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    parts.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }

            Add("q", Text);
            Add("discipline", Discipline);
            Add("level", Level);
            Add(pageParameter, Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
            return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
        }
    }

    /// <summary>
    /// A fixed mix, in turn: a class number, one or two words of a name, a discipline (with a level, or a later page),
    /// and pages of the whole syllabus. Each expects a class it must list, read from the syllabus itself.
    /// </summary>
    private static List<Search> Searches(IReadOnlyList<ClassListing> syllabus)
    {
        const int pageSize = SearchSyllabusQuery.DefaultPageSize;
        var ordered = syllabus.OrderBy(c => c.Code.Length).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var byDiscipline = ordered.GroupBy(c => c.Discipline).Select(g => g.ToList()).ToList();
        var searches = new List<Search>();
        for (var i = 0; i < 60; i++)
        {
            var c = ordered[(i * 97) % ordered.Count];
            var words = c.Name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            var group = byDiscipline[i % byDiscipline.Count];
            var inGroup = group[(i * 13) % group.Count];
            var groupPage = (group.IndexOf(inGroup) / pageSize) + 1;
            var leveled = group.Where(x => x.Level == inGroup.Level).ToList();
            searches.Add((i % 5) switch
            {
                0 => new Search(c.Code, null, null, 1, c.Name),
                1 => new Search(words.Length > 1 ? $"{words[0]} {words[^1]}" : words[0], null, null, 1, ordered.First(x => Matches(x, words.Length > 1 ? [words[0], words[^1]] : [words[0]])).Name),
                2 => new Search(null, inGroup.Discipline, inGroup.Level, (leveled.IndexOf(inGroup) / pageSize) + 1, inGroup.Name),
                3 => new Search(null, inGroup.Discipline, null, groupPage, inGroup.Name),
                _ => new Search(null, null, null, (ordered.IndexOf(c) / pageSize) + 1, c.Name),
            });
        }

        return searches;
    }

    private static bool Matches(ClassListing c, string[] words) =>
        words.All(w => c.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || c.Discipline.Contains(w, StringComparison.OrdinalIgnoreCase) || c.Level.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A solo class a child of <paramref name="age"/> may enter with a piece of 3:10.</summary>
    private static bool Fits(ClassListing c, int age) =>
        c.Type == "Solo" && (c.MinAge is null || c.MinAge <= age) && (c.MaxAge is null || c.MaxAge >= age) && (c.MaxPerformanceSeconds is null || c.MaxPerformanceSeconds >= 190);

    /// <summary>The whole current syllabus through the API, 200 a page, untimed.</summary>
    private static async Task<List<ClassListing>> SyllabusAsync(HttpClient http, bool forwardedProto)
    {
        var visitor = new VisitorSession(http, forwardedProto);
        var classes = new List<ClassListing>();
        for (var page = 1; ; page++)
        {
            using var response = await visitor.GetAsync($"/api/syllabus?pageSize={SearchSyllabusQuery.MaxPageSize}&page={page}", default);
            response.EnsureSuccessStatusCode();
            var listing = JsonSerializer.Deserialize<SyllabusPage>(await response.Content.ReadAsStringAsync(), Web)
                ?? throw new InvalidOperationException("GET /api/syllabus answered null");
            classes.AddRange(listing.Classes.Items);
            if (!listing.Classes.HasNext)
            {
                return classes;
            }
        }
    }

    internal sealed record DatabaseFindings(
        int Entries, int Invoices, int MeasuredFamiliesEntries, int MeasuredFamiliesInvoices, int LowestInvoiceNumber, int HighestInvoiceNumber,
        int DistinctInvoiceNumbers, int BasketItemsLeft, bool Consistent)
    {
        public override string ToString() =>
            $"{Entries} entries and {Invoices} invoices in all (numbers {LowestInvoiceNumber}-{HighestInvoiceNumber}, {DistinctInvoiceNumbers} distinct); " +
            $"the measured families: {MeasuredFamiliesEntries} entries, {MeasuredFamiliesInvoices} invoices; {BasketItemsLeft} basket items left; " +
            (Consistent ? "consistent" : "NOT consistent");
    }

    /// <summary>
    /// Reads the SQLite file: every family (measured and warm-up) has its three entries and one invoice, the measured
    /// families (seeded accounts 1 … <paramref name="families"/>) exactly theirs, invoice numbers 1 … N without gaps, baskets empty.
    /// </summary>
    private static DatabaseFindings CheckDatabase(string file, int families, int warmup)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        int Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$last", DatabaseSeeder.EmailOf(families));
            command.Parameters.AddWithValue("$domain", "%@" + DatabaseSeeder.EmailDomain);
            return Convert.ToInt32(command.ExecuteScalar() ?? 0, CultureInfo.InvariantCulture);
        }

        const string measured = "SELECT Id FROM AspNetUsers WHERE Email LIKE $domain AND Email <= $last";
        var findings = new DatabaseFindings(
            Scalar("SELECT COUNT(*) FROM Entries"),
            Scalar("SELECT COUNT(*) FROM Invoices"),
            Scalar($"SELECT COUNT(*) FROM Entries WHERE SubmittedByUserId IN ({measured})"),
            Scalar($"SELECT COUNT(*) FROM Invoices WHERE PayerUserId IN ({measured})"),
            Scalar("SELECT COALESCE(MIN(Number), 0) FROM Invoices"),
            Scalar("SELECT COALESCE(MAX(Number), 0) FROM Invoices"),
            Scalar("SELECT COUNT(DISTINCT Number) FROM Invoices"),
            Scalar("SELECT COUNT(*) FROM BasketItems"),
            false);
        var all = families + warmup;
        return findings with
        {
            Consistent = findings.Entries == all * EntriesPerFamily && findings.Invoices == all
                && findings.MeasuredFamiliesEntries == families * EntriesPerFamily && findings.MeasuredFamiliesInvoices == families
                && findings.LowestInvoiceNumber == 1 && findings.HighestInvoiceNumber == all && findings.DistinctInvoiceNumbers == all
                && findings.BasketItemsLeft == 0,
        };
    }
}
