namespace Insider.LiveActivity.IntegrationTests.Infrastructure;

/// <summary>Counts the requests that entered and left the inner handler (attempts started and answered or failed).</summary>
public sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _entered;
    private int _completed;

    public int Entered => Volatile.Read(ref _entered);

    public int Completed => Volatile.Read(ref _completed);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _entered);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref _completed);
        }
    }
}
