"""Reads what bench/profile-registration.sh recorded.

  trace-buckets.py TRACE.speedscope.json REGISTRATIONS [CPU_MS]   the sampled stacks, by owner and by activity; CPU_MS is
                                                                  the server CPU over the traced run
  trace-buckets.py --commands SERVER.log                 the database commands of the last registration, by request

The trace is EventPipe's sampled thread time: every thread, running or waiting, about every 10 ms. A sample whose
innermost frames are a wait (a lock, a socket poll, a sleeping thread pool worker) is waiting, not using CPU, and is
left out; the rest is attributed twice: to the phase of the request it served (the outermost matching frame) and to
the activity it was doing (the innermost matching frame). Figures are milliseconds of samples per registration.
"""
import collections
import json
import re
import sys

# Innermost frames of a thread that is not running (idle pool workers, pollers, lock waits, the finalizer).
WAITING = re.compile(r"LowLevelLifoSemaphore|LowLevelSpinWaiter|Monitor\.Wait|Monitor\.Enter_Slowpath|WaitOneNoCheck|"
                     r"SocketAsyncEngine\.EventLoop|FileSystemWatcher|ManualResetEventSlim\.Wait|RunFinalizers|"
                     r"TimerQueue\.TimerThread|GateThread|ConsoleLoggerProcessor\.TryDequeue|Thread\.Sleep|Task\.Wait")

# Whose work it was: the innermost frame that names an owner. Async continuations lose their callers' frames, so the
# innermost owner, not the outermost, is the one that survives an await.
OWNERS = [
    ("password hash (PBKDF2)", r"Rfc2898DeriveBytes|Pbkdf2"),
    ("outbox dispatcher: claim, deliver, record", r"Festival\.Infrastructure\.Outbox\.Outbox(Processor|Dispatcher)|OutboxMessageTypes"),
    ("outbox dispatcher: the email file (MIME, write)", r"Festival\.Infrastructure\.Email|MimeKit|SendEmail"),
    ("sign-in: claims principal, cookie", r"ClaimsPrincipalFactory|SignInManager|CookieSessions|CookieAuthenticationHandler\.HandleSignIn|AuthenticationService\.SignIn"),
    ("per-request session check (stamp, cookie)", r"SessionValidation|SessionStamps|SecurityStampValidator|CookieAuthenticationHandler|AuthenticationMiddleware"),
    ("registration command: validation, transaction, reactions", r"Festival\.Application\.(Accounts\.Register|Audit|Common)|Festival\.Infrastructure\.(Identity\.(UserAccounts|Roles\b)|Outbox\.EfOutbox|Audit|Profiles|Persistence\.UnitOfWork)|UserManager|UserStore|MediatR"),
    ("GET /Account page (redirect target)", r"Pages\.Account\.ProfileModel|Pages_Account_Index|Accounts\.Users|GetPrimaryProfile"),
    ("/Account/Register page: render, model binding, handler", r"Pages\.Account\.RegisterModel|Pages_Account_Register"),
    ("/Dashboard page", r"DashboardModel|Pages_Dashboard"),
    ("layout and other Razor", r"Pages_Shared|Razor|TagHelper"),
    ("antiforgery", r"Antiforgery"),
    ("TempData", r"TempData"),
    # Generic owners from here: only when no frame names one of the above.
    ("MVC (routing, binding, filters, results)", r"Microsoft\.AspNetCore\.(Mvc|Routing)"),
    ("middleware (rate limits, headers, static files)", r"RateLimit|SecurityHeaders|StaticFile|HostFiltering|Hsts|HttpsRedirection|ExceptionHandler|Festival\.Web"),
    ("Kestrel, HTTP/2, TLS", r"Kestrel|Http2|HPack|SslStream|System\.Net\.Security|Interop\+Ssl"),
    ("database connection setup (PRAGMAs, pool)", r"SqliteConnectionSetup|SqliteConnectionPool"),
    ("EF Core, SQLite (no owner frame)", r"EntityFrameworkCore|Microsoft\.Data\.Sqlite|SQLitePCL"),
    ("logging", r"Microsoft\.Extensions\.Logging"),
    ("thread pool: dispatch, waking workers", r"PortableThreadPool|ThreadPoolWorkQueue"),
]

GENERIC = next(i for i, (label, _) in enumerate(OWNERS) if label.startswith("MVC"))

# What kind of work: the innermost frame that matches.
ACTIVITIES = [
    ("hashing", r"Rfc2898|Pbkdf2|HMAC"),
    ("SQLite native", r"SQLitePCL|sqlite3"),
    ("ADO.NET (Microsoft.Data.Sqlite)", r"Microsoft\.Data\.Sqlite"),
    ("EF Core change tracking, SaveChanges", r"ChangeTracking|StateManager|DetectChanges|SaveChanges|Update\.Internal|Update\.ModificationCommand"),
    ("EF Core query pipeline, materialization", r"EntityFrameworkCore"),
    ("TLS, crypto", r"SslStream|Interop\+Ssl|Interop\+Crypto|Cryptography"),
    ("data protection", r"DataProtection"),
    ("Razor, HTML encoding", r"Razor|TagHelper|HtmlEncoder|Encodings\.Web"),
    ("model binding, validation", r"ModelBinding|DataAnnotations"),
    ("JSON", r"System\.Text\.Json"),
    ("logging", r"Microsoft\.Extensions\.Logging"),
    ("dependency injection", r"DependencyInjection|ResolveService|CallSite"),
    ("file system", r"FileStream|File\.|Interop\+Sys\.(Write|Open|Rename|FSync|FStat|Unlink)"),
    ("sockets", r"Socket"),
    ("HTTP/2, HPACK, pipelines", r"Http2|HPack|Pipelines|Kestrel"),
    ("GC, allocation", r"GarbageCollect|gc_heap|GCHeap|Allocat|PollGC"),
]


def buckets(path, registrations, cpu_ms):
    data = json.load(open(path, encoding="utf-8"))
    frames = [f["name"] for f in data["shared"]["frames"]]
    phase_of, activity_of, waiting_of = {}, {}, {}
    by_phase, by_activity, by_pair = collections.Counter(), collections.Counter(), collections.Counter()
    waiting = running = 0.0
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack and at > last:
                key = tuple(stack)
                duration = at - last
                if key not in waiting_of:
                    leaf = " ".join(frames[i] for i in stack[-3:])
                    waiting_of[key] = bool(WAITING.search(leaf))
                    names = [frames[i] for i in stack if "!" in frames[i] or frames[i].endswith("_TIME")]
                    phase_of[key] = next((label for tier in (OWNERS[:GENERIC], OWNERS[GENERIC:]) for name in reversed(names)
                                          for label, rx in tier if re.search(rx, name)), "other (runtime)")
                    activity_of[key] = next((label for name in reversed(names) for label, rx in ACTIVITIES if re.search(rx, name)), "other: " + (names[-1][:80] if names else "?"))
                if waiting_of[key]:
                    waiting += duration
                else:
                    running += duration
                    by_phase[phase_of[key]] += duration
                    by_activity[activity_of[key]] += duration
                    by_pair[(phase_of[key], activity_of[key])] += duration
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    # Sampled thread time inflates with the machine's load (a runnable thread waiting for a core is still sampled),
    # so samples give the shares, and the server's measured CPU per registration gives the milliseconds.
    scale = (cpu_ms / running if cpu_ms else 1) / registrations
    unit = "ms of server CPU per registration (share of running samples x measured CPU)" if cpu_ms else "ms of samples per registration"
    print(f"{running:.0f} ms of running samples ({waiting:.0f} ms waiting, left out); {registrations} registrations; {unit}")
    print("\nBy owner (innermost frame naming one):")
    for label, ms in by_phase.most_common():
        print(f"  {ms * scale:8.2f}  {ms / running:6.1%}  {label}")
    print("\nBy activity (innermost frame):")
    for label, ms in by_activity.most_common(25):
        print(f"  {ms * scale:8.2f}  {ms / running:6.1%}  {label}")
    print("\nOwner x activity (>= 0.3 ms):")
    for (phase, activity), ms in by_pair.most_common():
        if ms * scale >= 0.3:
            print(f"  {ms * scale:8.2f}  {phase}  |  {activity}")


def commands(path):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    entries, current = [], ["before any request", []]
    for i, line in enumerate(lines):
        if "Request starting" in line:
            current = [re.sub(r"^.*Request starting (\S+ \S+ \S+).*$", r"\1", line), []]
            entries.append(current)
        elif "Executed DbCommand" in line:
            sql = []
            j = i + 1
            while j < len(lines) and lines[j].startswith("      "):
                sql.append(lines[j].strip())
                j += 1
            text = " ".join(sql)
            # The outbox dispatcher works in the background: its commands are its own, whichever request is open.
            owner = ["outbox dispatcher", []] if "OutboxMessages" in text and not text.startswith("INSERT") and "IdempotencyKey\" = @" not in text else current
            if owner is not current:
                entries.append(owner)
            owner[1].append(text[:140])
        elif re.search(r"(Beginning|Committing|Committed|Creating savepoint|Releasing savepoint|Began) ", line) and "Transaction" in lines[i - 1] if i else False:
            current[1].append("(transaction) " + line.strip()[:80])
    starts = [k for k, (name, _) in enumerate(entries) if " GET " in f" {name} " and "/Account/Register" in name]
    shown = entries[starts[-1]:] if starts else entries
    seen_pages, total = set(), 0
    for name, sqls in shown:
        # The signed-in page is requested several times; one of them is the registration's.
        if " GET " in f" {name} " and name in seen_pages:
            continue
        seen_pages.add(name)
        real = [s for s in sqls if not s.startswith("(transaction)")]
        total += len(real)
        print(f"{name}: {len(real)} commands")
        for s in sqls:
            print(f"    {s}")
    print(f"total: {total} database commands for one registration (form, POST, redirect target, one signed-in page) and its welcome email")


if sys.argv[1] == "--commands":
    commands(sys.argv[2])
else:
    buckets(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else None)
