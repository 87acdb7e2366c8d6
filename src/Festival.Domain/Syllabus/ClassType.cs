namespace Festival.Domain.Syllabus;

/// <summary>What kind of performance a class is for; decides how many participants an entry has.</summary>
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
