using System.Diagnostics;
using System.Globalization;
using Festival.Domain.Scheduling;
using Festival.Testing.Scheduling;

// dotnet run -c Release --project bench/Festival.SchedulingBench -- [--runs 3] [--iterations N] [--open-session-cost 100] [--entries 10000 --classes 700 --people 5000 --rooms 6 --days 8 --seed 1]
var options = Arguments(args);
var runs = options.GetValueOrDefault("runs", 3);
var generatorOptions = new GeneratorOptions(
    LocalSearchIterations: options.TryGetValue("iterations", out var iterations) ? iterations : null,
    OpenSessionCost: options.GetValueOrDefault("open-session-cost", (int)GeneratorOptions.Default.OpenSessionCost));
var problem = SyntheticSeason.Create(
    options.GetValueOrDefault("entries", 10_000),
    options.GetValueOrDefault("classes", 700),
    options.GetValueOrDefault("people", 5_000),
    options.GetValueOrDefault("rooms", 6),
    options.GetValueOrDefault("days", 8),
    options.GetValueOrDefault("seed", 1));

var people = problem.Classes.SelectMany(c => c.Entries).SelectMany(e => e.Performers.Concat(e.Accompanists).Concat(e.Conductors))
    .Concat(problem.Sessions.Select(s => s.Adjudicator.PersonId)).Distinct().Count();
var accompanistLoads = problem.Classes.SelectMany(c => c.Entries).SelectMany(e => e.Accompanists).GroupBy(a => a).Select(g => g.Count()).ToArray();
Console.WriteLine($"Season: {problem.Classes.Count} classes, {problem.Classes.Sum(c => c.Entries.Count)} entries, {people} people, {problem.Sessions.Count} sessions");
Console.WriteLine($"  accompanists: {accompanistLoads.Length}, {accompanistLoads.Count(n => n >= 20)} with 20+ entries, most {accompanistLoads.DefaultIfEmpty().Max()}");
Console.WriteLine($"  class time {Hours(problem.Classes.Aggregate(TimeSpan.Zero, (t, c) => t + c.Duration))} h in {Hours(problem.Sessions.Aggregate(TimeSpan.Zero, (t, s) => t + s.Capacity))} h of sessions");

foreach (var discipline in problem.Classes.GroupBy(c => c.Discipline).OrderBy(g => g.Key))
{
    var demand = discipline.Aggregate(TimeSpan.Zero, (t, c) => t + c.Duration);
    var supply = problem.Sessions.Where(s => s.RoomDisciplines.Contains(discipline.Key) && s.Adjudicator.Disciplines.Contains(discipline.Key)
        && (s.Adjudicator.AvailableDays?.Contains(s.Date) ?? true)).Aggregate(TimeSpan.Zero, (t, s) => t + s.Capacity);
    Console.WriteLine($"  {discipline.Key}: {discipline.Count()} classes, {Hours(demand)} h, in {Hours(supply)} h of sessions that may hold them");
}

ScheduleGeneration generation = null!;
var generate = Time(runs, () => generation = ScheduleGenerator.Generate(problem, generatorOptions));
var quality = generation.Quality;
var check = ScheduleChecker.Check(problem, generation.Schedule);
Console.WriteLine($"Generate: median {generate.Median:F0} ms (min {generate.Min:F0}, max {generate.Max:F0}; CPU {generate.CpuMedian:F0} ms) over {runs} runs");
Console.WriteLine($"  hard violations {quality.HardViolations} (checker: {check.Blocking.Count()}), unplaced {quality.Unplaced.Count}, split classes {quality.SplitClasses}");
foreach (var unplaced in quality.Unplaced.Take(5))
{
    Console.WriteLine($"    {unplaced.Code} part {unplaced.Part}/{unplaced.PartCount}: {unplaced.Reason}");
}

Console.WriteLine($"  sessions used {quality.SessionsUsed}, lower bound {quality.SessionsLowerBound} (+{100.0 * (quality.SessionsUsed - quality.SessionsLowerBound) / quality.SessionsLowerBound:F1} %)");
Console.WriteLine($"  soft penalty {quality.Soft.Total:F1}: younger late {quality.Soft.YoungerLateHours:F1} h, school extra days {quality.Soft.SchoolExtraDays}, participant extra days {quality.Soft.ParticipantExtraDays}, accompanist idle {quality.Soft.AccompanistIdleHours:F1} h, fill deviation {quality.Soft.SessionFillSquaredDeviation:F2}");
var classTime = problem.Classes.ToDictionary(c => c.Id, c => c);
var fills = generation.Schedule.Placements.GroupBy(p => p.SessionId).Select(g =>
{
    var session = problem.Sessions.First(s => s.Id == g.Key);
    var used = g.Sum(p => classTime[p.ClassId].Entries.Where(e => p.EntryOrder.Contains(e.Id)).Sum(e => e.Slot.TotalMinutes) + classTime[p.ClassId].SummaryTime.TotalMinutes);
    return used / session.Capacity.TotalMinutes;
}).Order().ToArray();
Console.WriteLine($"  session fill: {fills.Count(f => f < 0.5)} under 50 %, {fills.Count(f => f is >= 0.5 and < 0.8)} 50–80 %, {fills.Count(f => f is >= 0.8 and < 0.95)} 80–95 %, {fills.Count(f => f >= 0.95)} 95 % or more");
var again = ScheduleGenerator.Generate(problem, generatorOptions);
Console.WriteLine($"  deterministic: {again.Schedule.Placements.SequenceEqual(generation.Schedule.Placements, PlacementComparer.Instance)}");

Schedule baseline = null!;
var firstFit = Time(runs, () => baseline = FirstFitBaseline.Generate(problem));
var baselineCheck = ScheduleChecker.Check(problem, baseline);
var personKinds = new[] { ConflictKind.PersonDoubleBooked, ConflictKind.ChangeoverWithinVenue, ConflictKind.ChangeoverBetweenVenues };
var personConflicts = baselineCheck.Blocking.Where(c => personKinds.Contains(c.Kind)).ToArray();
Console.WriteLine($"First-fit baseline: {firstFit.Median:F0} ms, {baseline.Placements.Count} of {generation.Schedule.Placements.Count + quality.Unplaced.Count} placed, {baselineCheck.Blocking.Count()} blocking conflicts:");
foreach (var kind in baselineCheck.Blocking.GroupBy(c => c.Kind).OrderBy(g => g.Key))
{
    Console.WriteLine($"  {kind.Key}: {kind.Count()} ({kind.SelectMany(c => c.PersonIds).Distinct().Count()} people)");
}

Console.WriteLine($"  person clashes: {personConflicts.Length} between class pairs, {personConflicts.SelectMany(c => c.PersonIds).Distinct().Count()} distinct people");

var fullCheck = Time(runs, () => ScheduleChecker.Check(problem, generation.Schedule));
Console.WriteLine($"Full check: median {fullCheck.Median:F1} ms (CPU {fullCheck.CpuMedian:F0} ms)");
ScheduleEditor editor = null!;
var index = Time(runs, () => editor = new ScheduleEditor(problem, generation.Schedule));
Console.WriteLine($"Editor index build: median {index.Median:F1} ms");

// One manual edit: move each of 200 classes (those with the most people) to another session at its start, checked one at a time.
var sessions = problem.Sessions.ToDictionary(s => s.Id);
var byPeople = generation.Schedule.Placements
    .OrderByDescending(p => problem.Classes.First(c => c.Id == p.ClassId).Entries.Sum(e => e.Performers.Count + e.Accompanists.Count)).Take(200).ToArray();
var edits = new List<double>();
var conflicts = 0;
var editProcess = Process.GetCurrentProcess();
var editCpu = editProcess.TotalProcessorTime;
for (var i = 0; i < byPeople.Length; i++)
{
    var placement = byPeople[i];
    var target = problem.Sessions[(i * 7919) % problem.Sessions.Count];
    var watch = Stopwatch.StartNew();
    conflicts += editor.CheckMove(placement.ClassId, placement.Part, target.Id, target.Start).Count;
    edits.Add(watch.Elapsed.TotalMilliseconds);
}

editProcess.Refresh();
var editCpuEach = (editProcess.TotalProcessorTime - editCpu).TotalMilliseconds / edits.Count;
edits.Sort();
Console.WriteLine($"Check one manual edit: median {edits[edits.Count / 2]:F3} ms, 95th percentile {edits[edits.Count * 95 / 100]:F3} ms, max {edits[^1]:F3} ms, CPU {editCpuEach:F3} ms each, over {edits.Count} moves of the most crowded classes ({conflicts} conflicts found)");
return quality.HardViolations == 0 && quality.Unplaced.Count == 0 ? 0 : 1;

// Wall-clock times, and the process's CPU time: on a shared machine the CPU time shows what the work itself costs.
static (double Median, double Min, double Max, double CpuMedian) Time(int runs, Action action)
{
    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }

    times.Sort();
    cpu.Sort();
    return (times[times.Count / 2], times[0], times[^1], cpu[cpu.Count / 2]);
}

static string Hours(TimeSpan span) => span.TotalHours.ToString("F0", CultureInfo.InvariantCulture);

static Dictionary<string, int> Arguments(string[] args)
{
    var values = new Dictionary<string, int>();
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        values[args[i].TrimStart('-')] = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }

    return values;
}
