using Festival.Application.Syllabus;
using Microsoft.Extensions.Configuration;

namespace Festival.Infrastructure.Tests.Imports;

/// <summary>The web app's appsettings.json, bound the way the app binds it.</summary>
internal static class ShippedSettings
{
    public static SyllabusOptions Syllabus() =>
        new ConfigurationBuilder().AddJsonFile(RepositoryFolder.PathOf("src", "Festival.Web", "appsettings.json")).Build()
            .GetSection(SyllabusOptions.Section).Get<SyllabusOptions>()!;
}
