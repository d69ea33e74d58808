using System.Collections.Concurrent;

namespace PowerList.Export;

/// <summary>
/// The zip entry's stream under an <see cref="XlsxExporter"/> sheet's writer: the deflater gets the XML in chunks of one fixed size whatever
/// the writer's buffering (zlib-ng's output depends on how its input is cut), and the writer's flushes never reach
/// it (a sync flush would add a block). The chunks are deflated on a thread of their own while the writer makes the
/// next ones (at 100,000 entries the deflate is 3.9 s of one core and the XML 1.9 s: one after the other they were
/// the versions stage's last thread); they reach the entry in the order made, so the bytes are the same. Disposing
/// hands on the last chunk and waits for the deflater (an exception of the deflater is thrown there, or at the next
/// chunk); closing the entry finishes it.
/// </summary>
internal sealed class FixedChunks : Stream
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Chunks in flight at most: the one being written, those waiting, the one being deflated.</summary>
    private const int Chunks = 4;

    private readonly BlockingCollection<byte[]> _free = new();
    private readonly BlockingCollection<(byte[] Chunk, int Length)> _full = new();
    private readonly CancellationTokenSource _failed = new();
    private readonly Task _deflater;
    private byte[] _buffer = new byte[ChunkSize];
    private int _used;

    public FixedChunks(Stream inner)
    {
        for (var i = 1; i < Chunks; i++)
        {
            _free.Add(new byte[ChunkSize]);
        }

        _deflater = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var (chunk, length) in _full.GetConsumingEnumerable())
                    {
                        inner.Write(chunk, 0, length);
                        _free.Add(chunk);
                    }
                }
                catch
                {
                    _failed.Cancel(); // the writer waiting for a chunk learns it here
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, _buffer.Length - _used);
            buffer[..n].CopyTo(_buffer.AsSpan(_used));
            _used += n;
            buffer = buffer[n..];
            if (_used == _buffer.Length)
            {
                _full.Add((_buffer, _used));
                _buffer = NextChunk();
                _used = 0;
            }
        }
    }

    private byte[] NextChunk()
    {
        try
        {
            return _free.Take(_failed.Token);
        }
        catch (OperationCanceledException)
        {
            _deflater.GetAwaiter().GetResult(); // the deflater's exception, as itself
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_full.IsAddingCompleted)
        {
            if (_used > 0)
            {
                _full.Add((_buffer, _used));
                _used = 0;
            }

            _full.CompleteAdding();
            try
            {
                _deflater.GetAwaiter().GetResult();
            }
            finally
            {
                _full.Dispose();
                _free.Dispose();
                _failed.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
