using System.Globalization;

namespace Festival.LoadTest;

internal sealed class DriverOptions
{
    public const string Usage = """
        usage:
          Festival.LoadTest --url URL --users N --concurrency C [--server-pid PID] [--out FILE] [--label TEXT]
                            [--dashboard-requests K] [--hash-samples S] [--warmup W] [--appsettings FILE] [--server-log FILE] [--no-forwarded-proto]
          Festival.LoadTest register --url URL --users N --concurrency C [--target festival|identity-template] [--page-requests K]
                            [--certificate FILE] [--server-pid PID] [--out FILE] [--label TEXT] [--warmup W] [--no-forwarded-proto]
          Festival.LoadTest entries --url URL --users FAMILIES --concurrency C [--syllabus-requests N] [--age-date YYYY-MM-DD] [--db FILE]
                            [--server-pid PID] [--out FILE] [--label TEXT] [--warmup W] [--server-log FILE] [--no-forwarded-proto]
          Festival.LoadTest cold-start --exe PATH --db FILE [--empty] [--runs R] [--out FILE] [--label TEXT]
          Festival.LoadTest results-setup --db FILE [--season NAME] [--sessions S] [--classes-per-session C] [--entries-per-class E]
                            [--families F] [--results]
          Festival.LoadTest adjudicate --url URL --users ADJUDICATORS [--minutes M] [--interval-ms MS] [--db FILE] [--server-pid PID]
                            [--server-log FILE] [--certificate FILE] [--no-forwarded-proto] [--out FILE] [--label TEXT]
          Festival.LoadTest results-outbox --exe PATH --db FILE --pickup FOLDER [--season NAME] [--timeout-minutes M] [--server-pid PID]
                            [--server-log FILE] [--out FILE] [--label TEXT]
        """;

    public string Mode { get; private init; } = "load";

    public Uri Url { get; private init; } = new("http://127.0.0.1:5000");

    public int Users { get; private init; } = 100;

    public int Concurrency { get; private init; } = 8;

    public int? ServerPid { get; private init; }

    public string? Out { get; private init; }

    public string Label { get; private init; } = "run";

    public int DashboardRequests { get; private init; } = 3;

    public int HashSamples { get; private init; } = 20;

    /// <summary>Users taken through every step first, untimed, so start-up JIT and caches do not count.</summary>
    public int Warmup { get; private init; } = 24;

    public string? AppSettings { get; private init; }

    public string? ServerLog { get; private init; }

    /// <summary>Sends <c>X-Forwarded-Proto: https</c>, as a TLS-terminating proxy does, so a Production server's Secure cookies and antiforgery work over plain HTTP.</summary>
    public bool ForwardedProto { get; private init; } = true;

    /// <summary>The app under load: its form fields, cookie and pages (<see cref="TargetProfile"/>).</summary>
    public TargetProfile Target { get; private init; } = TargetProfile.Festival;

    /// <summary>Signed-in page requests per registered user in a <c>register</c> run.</summary>
    public int PageRequests { get; private init; } = 10;

    /// <summary>A PEM or DER certificate to trust for HTTPS, for a server with a self-signed one.</summary>
    public string? Certificate { get; private init; }

    public string? Exe { get; private init; }

    public string? Database { get; private init; }

    public bool Empty { get; private init; }

    public int Runs { get; private init; } = 5;

    /// <summary>Requests of each kind (API, page) in the syllabus phase of an <c>entries</c> run.</summary>
    public int SyllabusRequests { get; private init; } = 1000;

    /// <summary>The season's age date, from which an <c>entries</c> run gives each child an age the classes it picks allow.</summary>
    public DateOnly AgeDate { get; private init; } = new(2027, 1, 1);

    /// <summary>How long an <c>adjudicate</c> run saves, and how often each adjudicator saves.</summary>
    public double Minutes { get; private init; } = 10;

    public int IntervalMs { get; private init; } = 2000;

    /// <summary>The schedule <c>results-setup</c> makes: sessions (one adjudicator account each), classes per session, entries per class.</summary>
    public int Sessions { get; private init; } = 100;

    public int ClassesPerSession { get; private init; } = 2;

    public int EntriesPerClass { get; private init; } = 4;

    /// <summary>Seeded accounts after the adjudicators that submitted the entries, in turn (0: nobody, so publishing sends no email).</summary>
    public int Families { get; private init; }

    /// <summary>Whether <c>results-setup</c> marks, comments and places every entry and submits every class.</summary>
    public bool WithResults { get; private init; }

    public string Season { get; private init; } = "2027";

    /// <summary>The server's email pickup folder, which a <c>results-outbox</c> run checks.</summary>
    public string? Pickup { get; private init; }

    public double TimeoutMinutes { get; private init; } = 60;

    public static DriverOptions Parse(string[] args)
    {
        var list = args.ToList();
        var mode = list.Count > 0 && list[0] is "cold-start" or "register" or "entries" or "adjudicate" or "results-setup" or "results-outbox" ? list[0] : "load";
        if (mode != "load")
        {
            list.RemoveAt(0);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }

            if (arg is "--empty" or "--no-forwarded-proto" or "--results")
            {
                flags.Add(arg);
            }
            else if (i + 1 < list.Count)
            {
                values[arg] = list[++i];
            }
            else
            {
                throw new ArgumentException($"{arg} needs a value");
            }
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v)
            ? int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive number")
            : fallback;

        double Number(string name, double fallback) => values.TryGetValue(name, out var v)
            ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive number")
            : fallback;

        return new DriverOptions
        {
            Minutes = Number("--minutes", 10),
            IntervalMs = Int("--interval-ms", 2000),
            Sessions = Int("--sessions", 100),
            ClassesPerSession = Int("--classes-per-session", 2),
            EntriesPerClass = Int("--entries-per-class", 4),
            Families = values.TryGetValue("--families", out var families) && families == "0" ? 0 : Int("--families", 0),
            WithResults = flags.Contains("--results"),
            Season = values.GetValueOrDefault("--season") ?? "2027",
            Pickup = values.GetValueOrDefault("--pickup"),
            TimeoutMinutes = Number("--timeout-minutes", 60),
            Mode = mode,
            Url = values.TryGetValue("--url", out var url) ? new Uri(url) : new Uri("http://127.0.0.1:5000"),
            Users = Int("--users", 100),
            Concurrency = Int("--concurrency", 8),
            ServerPid = values.ContainsKey("--server-pid") ? Int("--server-pid", 0) : null,
            Out = values.GetValueOrDefault("--out"),
            Label = values.GetValueOrDefault("--label") ?? mode,
            DashboardRequests = Int("--dashboard-requests", 3),
            HashSamples = Int("--hash-samples", 20),
            Warmup = values.TryGetValue("--warmup", out var warmup) && warmup == "0" ? 0 : Int("--warmup", 24),
            AppSettings = values.GetValueOrDefault("--appsettings"),
            ServerLog = values.GetValueOrDefault("--server-log"),
            ForwardedProto = !flags.Contains("--no-forwarded-proto"),
            Target = TargetProfile.Named(values.GetValueOrDefault("--target") ?? TargetProfile.Festival.Name),
            PageRequests = Int("--page-requests", 10),
            Certificate = values.GetValueOrDefault("--certificate"),
            Exe = values.GetValueOrDefault("--exe"),
            Database = values.GetValueOrDefault("--db"),
            Empty = flags.Contains("--empty"),
            Runs = Int("--runs", 5),
            SyllabusRequests = Int("--syllabus-requests", 1000),
            AgeDate = values.TryGetValue("--age-date", out var ageDate)
                ? DateOnly.TryParseExact(ageDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new ArgumentException("--age-date must be YYYY-MM-DD")
                : new DateOnly(2027, 1, 1),
        };
    }
}
