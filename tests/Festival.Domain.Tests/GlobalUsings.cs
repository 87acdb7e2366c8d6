global using Festival.Domain.Scheduling;
