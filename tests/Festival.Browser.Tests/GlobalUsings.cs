global using Festival.Testing;
global using Microsoft.Playwright;
global using static Microsoft.Playwright.Assertions;
