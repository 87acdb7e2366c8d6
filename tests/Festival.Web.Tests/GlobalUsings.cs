global using Festival.Testing;
global using Microsoft.Extensions.DependencyInjection;
