namespace Festival.Domain.Syllabus;

/// <summary>What kind of performance a class asks for; decides how many performers an entry has.</summary>
public enum ClassType
{
    Solo,
    Duet,
    Trio,
    Quartet,
    Quintet,
    Ensemble,
    Recital,
    Composition,
}
