using System.Collections.Concurrent;
using Festival.Application.Email;

namespace Festival.Testing.Email;

/// <summary>An <see cref="IEmailSender"/> that records what it sends and can be told to fail, like a mail server that is down.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private int _failuresLeft;
    private int _attempts;

    public ConcurrentQueue<(EmailMessage Message, string IdempotencyKey)> Sent { get; } = new();

    /// <summary>Attempts so far, failed ones included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Fails every attempt until set back to false.</summary>
    public bool Down { get; set; }

    /// <summary>Fails the next <paramref name="count"/> attempts.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public async Task SendAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        // Let other dispatchers run in between, as a real network call would.
        await Task.Yield();
        if (Down || Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new IOException("The mail server is not answering.");
        }

        Sent.Enqueue((message, idempotencyKey));
    }
}
