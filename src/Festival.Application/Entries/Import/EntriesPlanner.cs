using Festival.Application.Imports;
using Festival.Application.Imports.Values;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Entries.Import;

/// <summary>
/// Turns an entries sheet and what the database knows into a plan. Pure: reads nothing else and writes nothing.
/// <list type="bullet">
/// <item>People are the same person only when their names have the same <see cref="PersonNames.Key"/> and nothing
/// contradicts it (a different birthdate); a name that differs only in accents, spacing or "Last, First" order, or an email
/// already carried by someone else, is a new person and a warning, never a guess.</item>
/// <item>An entry is identified by its class and its performers, so importing the same file twice creates nothing new.</item>
/// <item>Every row is checked against its class: performer count for the type, ages on the season's age date, repertoire
/// length. A row with an error is skipped; the other rows are imported.</item>
/// </list>
/// </summary>
public static class EntriesPlanner
{
    public static EntriesPlan Plan(Season season, string fileName, ImportSheet sheet, EntriesImportData data)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(data);
        var run = new Run(season, sheet, data);
        foreach (var row in sheet.Rows)
        {
            run.PlanRow(row);
        }

        return new EntriesPlan(season.Id, season.Name, fileName, sheet, run.Issues, run.Parts());
    }

    /// <summary>The state of one planning run: indexes of what exists, and what the rows so far would create.</summary>
    private sealed class Run
    {
        private readonly Season _season;
        private readonly ImportSheet _sheet;
        private readonly Dictionary<(int, string), FestivalClass> _classes;
        private readonly Dictionary<string, List<PersonRecord>> _peopleByKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<PersonRecord>> _peopleByLooseKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<PersonRecord>> _peopleByEmail = new(StringComparer.Ordinal);
        private readonly NamedIndex _schools;
        private readonly NamedIndex _groups;
        private readonly Dictionary<(string, string), (Ref Ref, string Title, int Seconds)> _pieces = [];
        private readonly Dictionary<(int, string), KnownEntry> _entries;
        private readonly HashSet<(int, int)> _teacherLinks;
        private readonly Dictionary<(int, string), int> _rowOfEntry = [];
        private readonly List<NewPerson> _newPeople = [];
        private readonly Dictionary<int, PersonCompletion> _completions = [];
        private readonly List<NewGroup> _newGroups = [];
        private readonly List<NewPiece> _newPieces = [];
        private readonly List<(Ref, Ref)> _newLinks = [];
        private readonly HashSet<(int, int)> _plannedLinks = [];
        private readonly List<PlannedEntry> _creates = [];
        private readonly List<PlannedEntryUpdate> _updates = [];
        private readonly List<(PersonRecord Person, DateOnly? Birth, string? Email, string? Phone, PersonRoles Role)> _pending = [];
        private readonly List<Action> _undo = [];
        private int _unchanged;

        public Run(Season season, ImportSheet sheet, EntriesImportData data)
        {
            _season = season;
            _sheet = sheet;
            _classes = data.Classes.ToDictionary(c => (c.Number, c.Suffix));
            foreach (var person in data.People)
            {
                Index(new PersonRecord(Ref.Existing(person.Id), person.Name, person.EmailKey, person.BirthDate, person));
            }

            _schools = new NamedIndex(data.Schools);
            _groups = new NamedIndex(data.Groups);
            foreach (var piece in data.Pieces)
            {
                _pieces[(PersonNames.Key(piece.Title), PersonNames.Key(piece.Composer))] = (Ref.Existing(piece.Id), piece.Title, piece.DurationSeconds);
            }

            _entries = data.Entries.ToDictionary(e => (e.ClassId, e.ParticipantKey));
            _teacherLinks = data.TeacherLinks.Select(l => (l.TeacherId, l.StudentId)).ToHashSet();
        }

        public List<ImportIssue> Issues { get; } = [];

        public EntriesPlanParts Parts() => new(
            _schools.Created, _newPeople, [.. _completions.Values], _newGroups, _newPieces, _newLinks, _creates, _updates, _unchanged);

        public void PlanRow(ImportRow row)
        {
            var problems = new RowIssues(row, Issues);
            var checkpoint = Checkpoint();
            if (!TryPlanRow(row, problems))
            {
                // A rejected row leaves nothing behind: no person, piece, group or school it alone would have created.
                Rollback(checkpoint);
            }
        }

        private bool TryPlanRow(ImportRow row, RowIssues problems)
        {
            var festivalClass = Class(row, problems);
            var school = Named(_schools, row, "School", problems, "school");
            var performers = Performers(row, festivalClass, school, problems);
            var pieces = Repertoire(row, festivalClass, problems);
            var comments = Cell(row, "Comments");
            if (comments.Length > Entry.MaxCommentsLength)
            {
                problems.Error("Comments", comments[..40] + "…", $"Comments are at most {Entry.MaxCommentsLength} characters.");
            }

            if (problems.HasErrors || festivalClass is null || performers is null || pieces is null)
            {
                return false;
            }

            var teacher = Helper(row, "Teacher", "Teacher Email", null, PersonRoles.Teacher, problems);
            var accompanist = Helper(row, "Accompanist", "Accompanist Email", "Accompanist Phone", PersonRoles.Accompanist, problems);
            if (problems.HasErrors)
            {
                return false;
            }

            var (group, participants) = performers.Value;
            var identity = (festivalClass.Id, Identity(group, participants));
            if (_rowOfEntry.TryGetValue(identity, out var firstRow))
            {
                problems.Error(group is null ? "Participants" : "Group", Cell(row, group is null ? "Participants" : "Group"),
                    $"Row {firstRow} already enters the same performers in class {festivalClass.Code}; each entry appears once.");
                return false;
            }

            _rowOfEntry[identity] = row.Number;
            ApplyPending(participants, teacher, school);
            var text = comments.Length == 0 ? null : comments;
            KnownEntry? known = null;
            if (group is null && participants.All(p => !p.IsNew))
            {
                _entries.TryGetValue((festivalClass.Id, Entry.KeyFor(null, participants.Select(p => p.Value))), out known);
            }
            else if (group is { IsNew: false } existingGroup)
            {
                _entries.TryGetValue((festivalClass.Id, Entry.KeyFor(existingGroup.Value, [])), out known);
            }

            if (known is null)
            {
                _creates.Add(new PlannedEntry(row.Number, festivalClass.Id, group, participants, teacher, accompanist, text, pieces, festivalClass.Fee));
                return true;
            }

            var changes = Changes(known, teacher, accompanist, text, pieces);
            if (changes.Count == 0)
            {
                _unchanged++;
            }
            else
            {
                _updates.Add(new PlannedEntryUpdate(row.Number, known.Id, teacher, accompanist, text, pieces, changes));
            }

            return true;
        }

        private (int People, int Pieces, int Groups, int Schools, int Undo) Checkpoint() =>
            (_newPeople.Count, _newPieces.Count, _newGroups.Count, _schools.Created.Count, _undo.Count);

        private void Rollback((int People, int Pieces, int Groups, int Schools, int Undo) checkpoint)
        {
            for (var i = _undo.Count - 1; i >= checkpoint.Undo; i--)
            {
                _undo[i]();
            }

            _undo.RemoveRange(checkpoint.Undo, _undo.Count - checkpoint.Undo);
            _newPeople.RemoveRange(checkpoint.People, _newPeople.Count - checkpoint.People);
            _newPieces.RemoveRange(checkpoint.Pieces, _newPieces.Count - checkpoint.Pieces);
            _newGroups.RemoveRange(checkpoint.Groups, _newGroups.Count - checkpoint.Groups);
            _schools.Created.RemoveRange(checkpoint.Schools, _schools.Created.Count - checkpoint.Schools);
            _pending.Clear();
        }

        private FestivalClass? Class(ImportRow row, RowIssues problems)
        {
            var text = Cell(row, "Class");
            var code = ClassCode.Parse(text);
            if (!code.Succeeded)
            {
                problems.Read(code, text);
                return null;
            }

            if (_classes.TryGetValue((code.Value.Number, code.Value.Suffix), out var found))
            {
                return found;
            }

            problems.Error("Class", text, $"Season {_season.Name} has no class {code.Value}. Import the syllabus first, or correct the class number.");
            return null;
        }

        /// <summary>The row's performers: a group, or named people in order, checked against the class.</summary>
        private (Ref? Group, IReadOnlyList<Ref> People)? Performers(ImportRow row, FestivalClass? festivalClass, Ref? school, RowIssues problems)
        {
            var groupName = Cell(row, "Group");
            var namesText = Cell(row, "Participants");
            var names = namesText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (festivalClass is not null && festivalClass.Type.TakesGroup())
            {
                if (groupName.Length == 0)
                {
                    problems.Error("Group", groupName, $"Class {festivalClass.Code} is an ensemble class: give the group's name in the Group column.");
                    return null;
                }

                var group = Named(_groups, row, "Group", problems, "group", school);
                return group is null ? null : (group, []);
            }

            if (names.Length == 0)
            {
                problems.Error("Participants", namesText, groupName.Length > 0 && festivalClass is not null
                    ? $"Class {festivalClass.Code} is a {festivalClass.Type} class, entered by named participants, not by a group."
                    : "At least one participant is required.");
                return null;
            }

            if (festivalClass?.Type.PerformerCount() is { } count && names.Length != count)
            {
                problems.Error("Participants", namesText,
                    $"Class {festivalClass.Code} is a {festivalClass.Type}: it needs {count} participant{(count == 1 ? "" : "s")}, the row names {names.Length}.");
                return null;
            }

            if (names.Select(PersonNames.Key).Distinct(StringComparer.Ordinal).Count() != names.Length)
            {
                problems.Error("Participants", namesText, "The same person is named twice in one entry.");
                return null;
            }

            var births = BirthDates(row, names.Length, problems);
            if (births is null)
            {
                return null;
            }

            var email = Cell(row, "Email");
            var people = new List<Ref>();
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Length > Person.MaxNameLength)
                {
                    problems.Error("Participants", names[i][..40] + "…", $"A name is at most {Person.MaxNameLength} characters.");
                    return null;
                }

                // The row's email and phone belong to its first participant (or the family of a child).
                var person = Resolve(names[i], births[i], i == 0 ? email : string.Empty, "Participants", problems);
                if (person is null)
                {
                    return null;
                }

                var birth = births[i] ?? person.BirthDate;
                if (festivalClass is not null && (festivalClass.MinAge is not null || festivalClass.MaxAge is not null))
                {
                    if (birth is null)
                    {
                        problems.Warning("Birthdates", string.Empty,
                            $"{names[i]} has no birthdate, so the age limits of class {festivalClass.Code} could not be checked.");
                    }
                    else if (festivalClass.AgeProblem(_season.AgeOn(birth.Value)) is { } ageProblem)
                    {
                        problems.Error("Birthdates", birth.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                            $"{names[i]} {ageProblem} ({_season.AgeDate:yyyy-MM-dd}).");
                    }
                }

                people.Add(person.Ref);
                _pending.Add((person, births[i], i == 0 ? email : null, i == 0 ? Cell(row, "Phone") : null, PersonRoles.Participant));
            }

            return problems.HasErrors ? null : (null, people);
        }

        private DateOnly?[]? BirthDates(ImportRow row, int count, RowIssues problems)
        {
            var text = Cell(row, "Birthdates");
            var births = new DateOnly?[count];
            if (text.Length == 0)
            {
                return births;
            }

            var parts = text.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length != count)
            {
                problems.Error("Birthdates", text, $"The row names {count} participant{(count == 1 ? "" : "s")} but gives {parts.Length} birthdates; give one per participant, in the same order.");
                return null;
            }

            for (var i = 0; i < count; i++)
            {
                if (parts[i].Length == 0)
                {
                    continue;
                }

                var date = Dates.Parse(parts[i], "Birthdates");
                if (!date.Succeeded)
                {
                    problems.Read(date, parts[i]);
                    return null;
                }

                if (date.Value > _season.AgeDate)
                {
                    problems.Error("Birthdates", parts[i], $"{parts[i]} is after the season's age date {_season.AgeDate:yyyy-MM-dd}: is the year right?");
                    return null;
                }

                births[i] = date.Value;
            }

            return births;
        }

        /// <summary>Up to five pieces; each needs title, composer and a readable duration; the total must fit the class.</summary>
        private List<PlannedPiece>? Repertoire(ImportRow row, FestivalClass? festivalClass, RowIssues problems)
        {
            var pieces = new List<(string Title, string Composer, int Seconds)>();
            for (var n = 1; n <= ImportLayouts.MaxPieces; n++)
            {
                var title = Cell(row, ImportLayouts.Title(n));
                var composer = Cell(row, ImportLayouts.Composer(n));
                var durationText = Cell(row, ImportLayouts.Duration(n));
                if (n > 1 && title.Length == 0 && composer.Length == 0 && durationText.Length == 0)
                {
                    continue;
                }

                if (title.Length == 0)
                {
                    problems.Error(ImportLayouts.Title(n), title, "A piece needs its title.");
                }
                else if (title.Length > Piece.MaxTitleLength)
                {
                    problems.Error(ImportLayouts.Title(n), title[..40] + "…", $"A title is at most {Piece.MaxTitleLength} characters.");
                }

                if (composer.Length == 0)
                {
                    problems.Error(ImportLayouts.Composer(n), composer, $"The piece \"{title}\" needs its composer (write Traditional or Anonymous if there is none).");
                }
                else if (composer.Length > Piece.MaxComposerLength)
                {
                    problems.Error(ImportLayouts.Composer(n), composer[..40] + "…", $"A composer's name is at most {Piece.MaxComposerLength} characters.");
                }

                var seconds = Durations.ParseSeconds(durationText, ImportLayouts.Duration(n));
                if (!seconds.Succeeded)
                {
                    problems.Read(seconds, durationText);
                    continue;
                }

                pieces.Add((title, composer, seconds.Value));
            }

            if (problems.HasErrors)
            {
                return null;
            }

            var total = pieces.Sum(p => p.Seconds);
            if (festivalClass?.MaxPerformanceSeconds is { } max && total > max)
            {
                problems.Error(ImportLayouts.Duration(1), Durations.Format(total),
                    $"The repertoire lasts {Durations.Format(total)}; class {festivalClass.Code} allows at most {Durations.Format(max)}.");
                return null;
            }

            var planned = new List<PlannedPiece>();
            foreach (var (title, composer, seconds) in pieces)
            {
                var key = (PersonNames.Key(title), PersonNames.Key(composer));
                if (_pieces.TryGetValue(key, out var known))
                {
                    if (known.Seconds != seconds)
                    {
                        problems.Warning(ImportLayouts.Duration(1), Durations.Format(seconds),
                            $"\"{known.Title}\" is already known with a duration of {Durations.Format(known.Seconds)}; this entry keeps its own timing of {Durations.Format(seconds)}.");
                    }

                    planned.Add(new PlannedPiece(known.Ref, seconds));
                    continue;
                }

                var created = Ref.New(_newPieces.Count);
                _newPieces.Add(new NewPiece(PersonNames.Clean(title), PersonNames.Clean(composer), seconds));
                _pieces[key] = (created, title, seconds);
                _undo.Add(() => _pieces.Remove(key));
                planned.Add(new PlannedPiece(created, seconds));
            }

            return planned;
        }

        /// <summary>A teacher or accompanist named on the row, found or planned; null when the row names none.</summary>
        private Ref? Helper(ImportRow row, string nameColumn, string emailColumn, string? phoneColumn, PersonRoles role, RowIssues problems)
        {
            var name = Cell(row, nameColumn);
            if (name.Length == 0)
            {
                return null;
            }

            if (name.Length > Person.MaxNameLength)
            {
                problems.Error(nameColumn, name[..40] + "…", $"A name is at most {Person.MaxNameLength} characters.");
                return null;
            }

            var email = Cell(row, emailColumn);
            var person = Resolve(name, null, email, nameColumn, problems);
            if (person is null)
            {
                return null;
            }

            _pending.Add((person, null, email, phoneColumn is null ? null : Cell(row, phoneColumn), role));
            return person.Ref;
        }

        /// <summary>
        /// The person a name stands for: the one with the same name key whose birthdate does not contradict it; among several,
        /// the one with the row's email. Otherwise a new person, with a warning when someone is named almost alike or
        /// already has the email. Planned people are found again by later rows.
        /// </summary>
        private PersonRecord? Resolve(string name, DateOnly? birth, string email, string column, RowIssues problems)
        {
            var key = PersonNames.Key(name);
            var emailKey = email.Length > 0 ? Person.EmailKeyFor(email) : null;
            var sameName = _peopleByKey.GetValueOrDefault(key) ?? [];
            var consistent = sameName.Where(p => birth is null || p.BirthDate is null || p.BirthDate == birth).ToList();
            if (consistent.Count > 1 && emailKey is not null)
            {
                var byEmail = consistent.Where(p => p.EmailKey == emailKey).ToList();
                if (byEmail.Count == 1)
                {
                    consistent = byEmail;
                }
            }

            if (consistent.Count == 1)
            {
                return consistent[0];
            }

            if (consistent.Count > 1)
            {
                problems.Error(column, name,
                    $"{consistent.Count} people are named {consistent[0].Name}; give a birthdate (or an email) so the right one is entered.");
                return null;
            }

            var sameEmail = emailKey is null ? null : _peopleByEmail.GetValueOrDefault(emailKey)?.FirstOrDefault(p => PersonNames.Key(p.Name) != key);
            if (sameName.Count > 0)
            {
                problems.Warning(column, name,
                    $"{sameName[0].Name} already exists with another birthdate ({sameName[0].BirthDate:yyyy-MM-dd}); this row's {name} is entered as a different person.");
            }
            else if (_peopleByLooseKey.GetValueOrDefault(PersonNames.LooseKey(name))?.FirstOrDefault() is { } near)
            {
                problems.Warning(column, name,
                    $"Probably the same person as {near.Name} (the names differ in {PersonNames.Describe(PersonNames.Compare(name, near.Name))}"
                    + (near == sameEmail ? ", and the email is the same" : string.Empty)
                    + "); entered as a new person: merge the two if they are one.");
            }
            else if (sameEmail is not null && birth is null)
            {
                problems.Warning(column, name, $"The email {email} already belongs to {sameEmail.Name}; {name} is entered as another person with that email.");
            }

            var record = new PersonRecord(Ref.New(_newPeople.Count), PersonNames.Clean(name), emailKey, birth, null);
            _newPeople.Add(new NewPerson(record.Name, email.Length > 0 ? email : null, null, birth, null, PersonRoles.None));
            Index(record);
            return record;
        }

        /// <summary>Applies what a valid row says about its people: roles, unknown details, school, teacher links.</summary>
        private void ApplyPending(IReadOnlyList<Ref> participants, Ref? teacher, Ref? school)
        {
            foreach (var (person, birth, email, phone, role) in _pending)
            {
                var isParticipant = role == PersonRoles.Participant;
                Update(person, isParticipant ? birth : null, NonBlank(email), NonBlank(phone), isParticipant || role == PersonRoles.Teacher ? school : null, role);
            }

            _pending.Clear();
            if (teacher is not { } t)
            {
                return;
            }

            foreach (var student in participants)
            {
                if (student != t && !_teacherLinks.Contains((t.Value, student.Value)) && _plannedLinks.Add((t.Value, student.Value)))
                {
                    _newLinks.Add((t, student));
                }
            }
        }

        private void Update(PersonRecord person, DateOnly? birth, string? email, string? phone, Ref? school, PersonRoles role)
        {
            if (person.Ref.IsNew)
            {
                var index = person.Ref.NewIndex;
                var planned = _newPeople[index];
                _newPeople[index] = planned with
                {
                    Email = planned.Email ?? email,
                    Phone = planned.Phone ?? phone,
                    BirthDate = planned.BirthDate ?? birth,
                    School = planned.School ?? school,
                    Roles = planned.Roles | role,
                };
                return;
            }

            var known = person.Known!;
            var id = person.Ref.Value;
            var current = _completions.GetValueOrDefault(id);
            var completion = new PersonCompletion(id,
                current?.Email ?? (known.HasEmail ? null : email),
                current?.Phone ?? (known.HasPhone ? null : phone),
                current?.BirthDate ?? (known.BirthDate is null ? birth : null),
                current?.School ?? (known.HasSchool ? null : school),
                (current?.Roles ?? PersonRoles.None) | (known.Roles.HasFlag(role) ? PersonRoles.None : role));
            if (completion.Email is not null || completion.Phone is not null || completion.BirthDate is not null || completion.School is not null
                || completion.Roles != PersonRoles.None)
            {
                _completions[id] = completion;
            }
        }

        private static List<string> Changes(KnownEntry known, Ref? teacher, Ref? accompanist, string? comments, IReadOnlyList<PlannedPiece> pieces)
        {
            var changes = new List<string>();
            if (known.TeacherId != teacher?.Value)
            {
                changes.Add("Teacher");
            }

            if (known.AccompanistId != accompanist?.Value)
            {
                changes.Add("Accompanist");
            }

            if (known.Comments != comments)
            {
                changes.Add("Comments");
            }

            if (!known.Pieces.SequenceEqual(pieces.Select(p => (p.Piece.Value, p.Seconds))))
            {
                changes.Add("Repertoire");
            }

            return changes;
        }

        /// <summary>A school or group by name: found, or planned; a near spelling of an existing one is a warning.</summary>
        private Ref? Named(NamedIndex index, ImportRow row, string column, RowIssues problems, string what, Ref? school = null)
        {
            var name = Cell(row, column);
            if (name.Length == 0)
            {
                return null;
            }

            if (name.Length > School.MaxNameLength)
            {
                problems.Error(column, name[..40] + "…", $"A {what}'s name is at most {School.MaxNameLength} characters.");
                return null;
            }

            var (found, near) = index.Find(name);
            if (found is not null)
            {
                return found;
            }

            if (near is not null)
            {
                problems.Warning(column, name, $"Spelled like the existing {what} {near}; entered as a new {what}: correct the file if they are the same.");
            }

            if (problems.HasErrors)
            {
                return null;
            }

            if (index == _groups)
            {
                var created = Ref.New(_newGroups.Count);
                _newGroups.Add(new NewGroup(PersonNames.Clean(name), school));
                _undo.Add(index.Add(name, created));
                return created;
            }

            var planned = index.Plan(name, out var undo);
            _undo.Add(undo);
            return planned;
        }

        private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        private string Cell(ImportRow row, string column) => _sheet.Cell(row, column);

        private static string Identity(Ref? group, IReadOnlyList<Ref> people) =>
            group is { } g ? $"g:{g}" : "p:" + string.Join(',', people.Select(p => p.Value).Order());

        private void Index(PersonRecord person)
        {
            Add(_peopleByKey, PersonNames.Key(person.Name), person);
            Add(_peopleByLooseKey, PersonNames.LooseKey(person.Name), person);
            if (person.EmailKey is not null)
            {
                Add(_peopleByEmail, person.EmailKey, person);
            }

            void Add(Dictionary<string, List<PersonRecord>> index, string key, PersonRecord person)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(person);
                if (person.Ref.IsNew)
                {
                    _undo.Add(() => list.Remove(person));
                }
            }
        }
    }

    /// <summary>A person as the planner sees them: known (with their record) or planned in this run.</summary>
    private sealed record PersonRecord(Ref Ref, string Name, string? EmailKey, DateOnly? BirthDate, KnownPerson? Known);

    /// <summary>Schools or groups by name key and loose key, with the ones this run plans to create.</summary>
    private sealed class NamedIndex
    {
        private readonly Dictionary<string, Ref> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _nameByLooseKey = new(StringComparer.Ordinal);

        public NamedIndex(IEnumerable<KnownNamed> known)
        {
            foreach (var named in known)
            {
                _ = Add(named.Name, Ref.Existing(named.Id));
            }
        }

        public List<string> Created { get; } = [];

        public (Ref? Found, string? Near) Find(string name) =>
            _byKey.TryGetValue(PersonNames.Key(name), out var found) ? (found, null) : (null, _nameByLooseKey.GetValueOrDefault(PersonNames.LooseKey(name)));

        public Ref Plan(string name, out Action undo)
        {
            var created = Ref.New(Created.Count);
            Created.Add(PersonNames.Clean(name));
            undo = Add(name, created);
            return created;
        }

        /// <summary>Indexes a name; the action returned takes it out again.</summary>
        public Action Add(string name, Ref reference)
        {
            var key = PersonNames.Key(name);
            var looseKey = PersonNames.LooseKey(name);
            _byKey[key] = reference;
            var addedLoose = _nameByLooseKey.TryAdd(looseKey, PersonNames.Clean(name));
            return () =>
            {
                _byKey.Remove(key);
                if (addedLoose)
                {
                    _nameByLooseKey.Remove(looseKey);
                }
            };
        }
    }
}
