global using Festival.Application.Accounts;
global using Festival.Application.Common;
global using MediatR;
