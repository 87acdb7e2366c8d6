global using Festival.Application.Common;
global using Microsoft.EntityFrameworkCore;
