global using Festival.Application.Common;
global using MediatR;
