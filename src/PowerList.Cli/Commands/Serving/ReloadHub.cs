using System.Collections.Concurrent;
using System.Threading.Channels;

namespace PowerList.Cli.Commands.Serving;

/// <summary>The open pages listening on <c>/__powerlist/events</c> (server-sent events); a rebuild tells them to reload.</summary>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public int Clients => _clients.Count;

    public (Guid Id, ChannelReader<string> Reader) Subscribe()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[id] = channel;
        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (_clients.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }

    /// <summary>Sends an event to every open page (<c>reload</c> after a good build, <c>error</c> after a failed one).</summary>
    public void Send(string message)
    {
        foreach (var channel in _clients.Values)
        {
            channel.Writer.TryWrite(message);
        }
    }
}
