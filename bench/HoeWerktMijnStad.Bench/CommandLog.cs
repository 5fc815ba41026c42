using System.Collections.Concurrent;
using System.Diagnostics;

namespace HoeWerktMijnStad.Bench;

/// <summary>The database commands this process runs while recording, with their durations, from Npgsql's own
/// tracing (its ActivitySource): where the time of a call into the site goes, without touching the site.</summary>
internal sealed class CommandLog : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<(string Text, double Ms, DateTime Start)> _commands = new();
    private volatile bool _recording;

    public CommandLog()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (_recording)
                {
                    var text = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement") ?? activity.DisplayName;
                    _commands.Enqueue((text.ToString() ?? "", activity.Duration.TotalMilliseconds, activity.StartTimeUtc));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Start()
    {
        _commands.Clear();
        _recording = true;
    }

    /// <summary>Stops recording and returns the commands, each with its duration in ms.</summary>
    public IReadOnlyList<(string Text, double Ms, DateTime Start)> Stop()
    {
        _recording = false;
        return [.. _commands];
    }

    public void Dispose() => _listener.Dispose();
}
