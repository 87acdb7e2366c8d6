namespace Festival.Web.Cli;

/// <summary>Where the command line reads and writes; tests substitute strings for the terminal.</summary>
public sealed class CliConsole(TextReader input, TextWriter output, TextWriter error, bool inputIsTerminal)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>
    /// Asks for a secret. At a terminal it prompts without echo; otherwise it reads one line of standard
    /// input, so scripts can pipe a password in without it showing in the process list.
    /// </summary>
    public string? ReadSecret(string prompt)
    {
        if (!inputIsTerminal)
        {
            return input.ReadLine();
        }

        Error.Write(prompt);
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        Error.WriteLine();
        return secret.ToString();
    }

    public bool InputIsTerminal => inputIsTerminal;
}
