global using Festival.Application;
global using Festival.Application.Common;
global using Festival.Infrastructure.Persistence;
global using Festival.Testing;
global using MediatR;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
