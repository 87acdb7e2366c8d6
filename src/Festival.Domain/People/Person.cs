namespace Festival.Domain.People;

/// <summary>
/// One human being the festival knows: participant, teacher, accompanist, guardian or adjudicator, or several of these.
/// People are kept across seasons. A person may be linked to the account they sign in with (<see cref="UserId"/>).
/// Other people refer to a person by id, never by name.
/// </summary>
public sealed class Person
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 40;
    public const int ProfileCodeLength = 7;

    private Person()
    {
    }

    public Person(string name, PersonRoles roles, string profileCode, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileCode);
        Rename(name);
        Roles = roles;
        ProfileCode = profileCode;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public int Id { get; private set; }

    /// <summary>The name as typed (display form).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The name as <see cref="PersonNames.Key"/> compares it.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    /// <summary>The email in lower case, NFC: how the same address is found again.</summary>
    public string? EmailKey { get; private set; }

    public string? Phone { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public int? SchoolId { get; private set; }

    public PersonRoles Roles { get; private set; }

    /// <summary>A short public code (<c>P-7K3Q9</c>) a person gives a teacher or accompanist to be linked by id.</summary>
    public string ProfileCode { get; private set; } = string.Empty;

    /// <summary>The account this person signs in with, if any.</summary>
    public string? UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// When the person (or their guardian) agreed that their full name may be printed in the public programme and
    /// results; null until then, and public pages show <see cref="PublicName"/> (initials) instead.
    /// </summary>
    public DateTimeOffset? NameConsentAt { get; private set; }

    /// <summary>The account that gave the consent in <see cref="NameConsentAt"/>.</summary>
    public string? NameConsentByUserId { get; private set; }

    /// <summary>The name as public pages show it: the full name with consent, the initials without ("Ana María Flores" → "A. M. F.").</summary>
    public string PublicName => NameConsentAt is null ? Initials(Name) : Name;

    /// <summary>The name an anonymized person keeps, so past entries and results still read sensibly.</summary>
    public const string AnonymousName = "Former participant";

    public static string Initials(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => char.IsLetterOrDigit(part[0]) ? $"{char.ToUpperInvariant(part[0])}." : string.Empty)
            .Where(initial => initial.Length > 0));
    }

    /// <summary>Records (<paramref name="consents"/>) or withdraws consent to publish the full name, with who decided and when.</summary>
    public void SetNameConsent(bool consents, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        NameConsentAt = consents ? at : null;
        NameConsentByUserId = consents ? byUserId : null;
        UpdatedAt = at;
    }

    /// <summary>The account this person signed in with is gone; the person stays (for a season still running).</summary>
    public void DetachAccount(DateTimeOffset at)
    {
        UserId = null;
        UpdatedAt = at;
    }

    /// <summary>
    /// Forgets who this person is: their entries and results stay, under <see cref="AnonymousName"/>. Contact details,
    /// birth date, school, account and consent go; the profile code stays (it identifies nobody by itself).
    /// </summary>
    public void Anonymize(DateTimeOffset at)
    {
        Rename(AnonymousName);
        Email = null;
        EmailKey = null;
        Phone = null;
        BirthDate = null;
        SchoolId = null;
        UserId = null;
        NameConsentAt = null;
        NameConsentByUserId = null;
        UpdatedAt = at;
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NameKey = PersonNames.Key(name);
    }

    public void AddRoles(PersonRoles roles) => Roles |= roles;

    /// <summary>Fills in what was unknown; never overwrites a known value with another (that is a person's decision).</summary>
    public bool Complete(string? email, string? phone, DateOnly? birthDate, int? schoolId, DateTimeOffset at)
    {
        var changed = false;
        if (Email is null && !string.IsNullOrWhiteSpace(email))
        {
            SetEmail(email);
            changed = true;
        }

        if (Phone is null && !string.IsNullOrWhiteSpace(phone))
        {
            Phone = phone.Trim();
            changed = true;
        }

        if (BirthDate is null && birthDate is not null)
        {
            BirthDate = birthDate;
            changed = true;
        }

        if (SchoolId is null && schoolId is not null)
        {
            SchoolId = schoolId;
            changed = true;
        }

        if (changed)
        {
            UpdatedAt = at;
        }

        return changed;
    }

    public void Edit(string name, string? email, string? phone, DateOnly? birthDate, int? schoolId, PersonRoles roles, DateTimeOffset at)
    {
        Rename(name);
        Email = null;
        EmailKey = null;
        if (!string.IsNullOrWhiteSpace(email))
        {
            SetEmail(email);
        }

        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        BirthDate = birthDate;
        SchoolId = schoolId;
        Roles = roles;
        UpdatedAt = at;
    }

    public void LinkAccount(string userId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        UpdatedAt = at;
    }

    /// <summary>Takes over what <paramref name="other"/> knows that this record does not (used when merging two records).</summary>
    public void Absorb(Person other, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(other);
        Complete(other.Email, other.Phone, other.BirthDate, other.SchoolId, at);
        Roles |= other.Roles;
        UserId ??= other.UserId;
        UpdatedAt = at;
    }

    public static string EmailKeyFor(string email) =>
        email.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();

    private void SetEmail(string email)
    {
        Email = email.Trim().Normalize(System.Text.NormalizationForm.FormC);
        EmailKey = EmailKeyFor(email);
    }
}
