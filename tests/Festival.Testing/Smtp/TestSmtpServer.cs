using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Festival.Testing.Smtp;

/// <summary>
/// A small SMTP server inside the test process, on 127.0.0.1 and a free port: enough of RFC 5321 (EHLO/HELO,
/// MAIL FROM, RCPT TO, DATA with dot-unstuffing, RSET, NOOP, QUIT) for a real client to hold a real TCP
/// conversation with it. It records every message it accepts, and can turn down the next few with a 451.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SmtpReceivedMessage> _received = new();
    private readonly ConcurrentBag<Task> _conversations = [];
    private readonly SemaphoreSlim _arrivals = new(0);
    private readonly Task _accepting;
    private int _failNext;

    public TestSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public string Host { get; } = IPAddress.Loopback.ToString();

    public int Port { get; }

    public IReadOnlyList<SmtpReceivedMessage> Received => _received.ToArray();

    /// <summary>Answers the next <paramref name="count"/> MAIL FROM commands with "451 try again later".</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    /// <summary>Waits until <paramref name="count"/> messages in all have arrived; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<SmtpReceivedMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (_received.Count < count)
        {
            try
            {
                await _arrivals.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} message(s) within {timeout}; received {_received.Count}.");
            }
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _conversations]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
        _arrivals.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _conversations.Add(Task.Run(() => ConverseAsync(client)));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var stream = client.GetStream();
        // Latin-1 maps each byte to one char and back, so an 8-bit body arrives byte for byte.
        using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };

        string? from = null;
        var recipients = new List<string>();
        try
        {
            await writer.WriteLineAsync("220 localhost Festival test SMTP ready");
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets you");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250 SMTPUTF8");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL" when Interlocked.Decrement(ref _failNext) >= 0:
                        await writer.WriteLineAsync("451 4.3.0 Temporarily unavailable, try again later");
                        break;
                    case "MAIL":
                        Interlocked.Exchange(ref _failNext, 0);
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT" when from is null:
                        await writer.WriteLineAsync("503 5.5.1 MAIL first");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA" when recipients.Count == 0:
                        await writer.WriteLineAsync("503 5.5.1 RCPT first");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = await ReadDataAsync(reader, timeout.Token);
                        _received.Enqueue(new SmtpReceivedMessage(from!, recipients.ToArray(), data));
                        _arrivals.Release();
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK queued");
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up, or the server is stopping.
        }
    }

    /// <summary>The lines up to the lone ".", with the leading dot of a stuffed line removed (RFC 5321 4.5.2).</summary>
    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    /// <summary>The address between angle brackets, without any parameters after it.</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
