using System.Net;
using System.Net.Sockets;

namespace PowerList.Cli.Commands.Serving;

/// <summary>Whether 127.0.0.1:port can be listened on, checked before serve does any build work.</summary>
public static class PortCheck
{
    /// <summary>Null when the port is free (or 0: any free port); else the one-line Chinese reason.</summary>
    public static string? Problem(int port)
    {
        if (port is < 0 or > IPEndPoint.MaxPort)
        {
            return $"端口 {port} 无效，应在 1 到 {IPEndPoint.MaxPort} 之间";
        }

        if (port == 0)
        {
            return null;
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return null;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return $"端口 {port} 已被占用，请关闭占用它的程序，或用 --port 换一个端口";
        }
        catch (SocketException ex)
        {
            return $"无法监听 127.0.0.1:{port}：{ex.Message}";
        }
        finally
        {
            listener.Stop();
        }
    }
}
