namespace Festival.Domain.Scheduling;

/// <summary>An entry with its people as dense person numbers.</summary>
internal sealed record CompiledEntry(long Slot, int[] Performers, int[] Accompanists, int[] Conductors, int School);
