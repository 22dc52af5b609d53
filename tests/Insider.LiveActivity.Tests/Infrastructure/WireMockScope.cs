// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// A <see cref="ServerScope"/> on the shared <see cref="WireMockServer"/>: every path is under the scope's own prefix;
/// a queue is a WireMock scenario (reply n answers in state n and moves it to n + 1), the fallback a lower-priority
/// mapping; the requests are WireMock's request journal (<see cref="WireMockServer.LogEntries"/>) under the prefix.
/// </summary>
public sealed class WireMockScope : ServerScope
{
    private const int QueuedPriority = 1;
    private const int FallbackPriority = 10;
    private const int UnscriptedPriority = 100;

    private readonly object _gate = new();
    private readonly WireMockServer _server;
    private readonly string _prefix;
    private readonly Dictionary<string, int> _queued = new(StringComparer.Ordinal);
    private readonly List<Guid> _mappings = [];

    internal WireMockScope(WireMockServer server, string id)
        : base(new Uri(server.Url!.TrimEnd('/') + "/" + id + "/"))
    {
        _server = server;
        _prefix = "/" + id;
        Add(Request.Create().WithPath(new WildcardMatcher(_prefix + "/*")), UnscriptedPriority, null, null, null)
            .RespondWith(Response.Create().WithStatusCode(501).WithHeader("Content-Type", "text/plain").WithBody("unscripted"));
    }

    public override IReadOnlyList<RecordedRequest> Requests =>
        _server.LogEntries
            .Where(e => e.RequestMessage.Path.StartsWith(_prefix + "/", StringComparison.Ordinal))
            .Select(ToRecorded)
            .ToList();

    public override WireMockScope Enqueue(LiveActivityEndpoint endpoint, params ScriptedReply[] replies)
    {
        var path = Endpoints.PathOf(endpoint);
        lock (_gate)
        {
            foreach (var reply in replies)
            {
                var state = _queued.GetValueOrDefault(path);
                _queued[path] = state + 1;
                Add(Match(path), QueuedPriority, _prefix + path, state == 0 ? null : Name(state), Name(state + 1)).RespondWith(ToResponse(reply));
            }
        }

        return this;
    }

    public override WireMockScope Always(LiveActivityEndpoint endpoint, ScriptedReply reply)
    {
        var path = Endpoints.PathOf(endpoint);
        lock (_gate)
        {
            Add(Match(path), FallbackPriority, null, null, null).RespondWith(ToResponse(reply));
        }

        return this;
    }

    protected override void Dispose(bool disposing)
    {
        lock (_gate)
        {
            foreach (var guid in _mappings)
            {
                _server.DeleteMapping(guid);
            }

            _mappings.Clear();
        }

        base.Dispose(disposing);
    }

    private static string Name(int state) => state.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IResponseBuilder ToResponse(ScriptedReply reply)
    {
        if (reply.Gate is not null || reply.DropConnection)
        {
            throw new NotSupportedException("WireMock answers every request: a dropped connection or a held reply needs a KestrelStub scope.");
        }

        var response = Response.Create().WithStatusCode(reply.Status);
        foreach (var (name, value) in reply.Headers)
        {
            response = response.WithHeader(name, value);
        }

        return reply.Body is null ? response : response.WithHeader("Content-Type", reply.ContentType).WithBody(reply.Body);
    }

    private static RecordedRequest ToRecorded(ILogEntry entry)
    {
        var request = entry.RequestMessage;
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Body ?? (request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty);
        var slash = request.Path.IndexOf('/', 1);
        return new RecordedRequest(request.Method, slash < 0 ? "/" : request.Path[slash..], headers, body);
    }

    private IRequestBuilder Match(string path) => Request.Create().WithPath(_prefix + path);

    private IRespondWithAProvider Add(IRequestBuilder request, int priority, string? scenario, string? whenState, string? nextState)
    {
        var guid = Guid.NewGuid();
        _mappings.Add(guid);
        var mapping = _server.Given(request).WithGuid(guid).AtPriority(priority);
        if (scenario is not null)
        {
            mapping = mapping.InScenario(scenario);
            if (whenState is not null)
            {
                mapping = mapping.WhenStateIs(whenState);
            }

            mapping = mapping.WillSetStateTo(nextState!);
        }

        return mapping;
    }
}
