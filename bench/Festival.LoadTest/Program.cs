using Festival.LoadTest;

// dotnet run -c Release --project bench/Festival.LoadTest -- --url http://127.0.0.1:PORT --users N --concurrency C [--server-pid PID] [--out FILE]
// dotnet run -c Release --project bench/Festival.LoadTest -- register --url https://127.0.0.1:PORT --target festival|identity-template --users N [--certificate cert.pem]
// dotnet run -c Release --project bench/Festival.LoadTest -- entries --url http://127.0.0.1:PORT --users FAMILIES --concurrency C [--db FILE] [--syllabus-requests N]
// dotnet run -c Release --project bench/Festival.LoadTest -- results-setup --db FILE [--sessions S] [--families F] [--results]
// dotnet run -c Release --project bench/Festival.LoadTest -- adjudicate --url https://127.0.0.1:PORT --users ADJUDICATORS [--minutes M] [--db FILE]
// dotnet run -c Release --project bench/Festival.LoadTest -- results-outbox --exe /tmp/festival-pub/Festival.Web --db FILE --pickup FOLDER
// dotnet run -c Release --project bench/Festival.LoadTest -- cold-start --exe /tmp/festival-pub/Festival.Web --db FILE [--empty] [--runs 5]
try
{
    var options = DriverOptions.Parse(args);
    return options.Mode switch
    {
        "cold-start" => await ColdStart.RunAsync(options),
        "register" => await RegisterRun.RunAsync(options),
        "entries" => await EntriesRun.RunAsync(options),
        "adjudicate" => await AdjudicationRun.RunAsync(options),
        "results-setup" => await ResultsSeason.RunAsync(options),
        "results-outbox" => await OutboxRun.RunAsync(options),
        _ => await LoadRun.RunAsync(options),
    };
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    await Console.Error.WriteLineAsync(DriverOptions.Usage);
    return 2;
}
