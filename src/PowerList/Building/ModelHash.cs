using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using PowerList.Model;

namespace PowerList.Building;

/// <summary>
/// A hash of a model record's content: every public property, recursively (strings, numbers, enums, nested records,
/// arrays, dictionaries), leaving out where it came from (<see cref="SourceInfo"/>: lines move when a neighbour is
/// edited, the pages do not show them). The walk over each type is compiled once per process, and the bytes go
/// straight into one buffer per thread (strings as UTF-16, no JSON), hashed once: cheap enough to hash every entry
/// of a large list set on each build (see <see cref="ModelHashes"/>). Thread-safe.
/// </summary>
public static class ModelHash
{
    [ThreadStatic]
    private static KeyWriter? _writer;

    private static readonly ConcurrentDictionary<Type, Action<object, KeyWriter>> ByRuntimeType = new();

    private static readonly MethodInfo WalkMethod = typeof(ModelHash).GetMethod(nameof(Walk), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WalkArrayMethod = typeof(ModelHash).GetMethod(nameof(WalkArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WalkSequenceMethod = typeof(ModelHash).GetMethod(nameof(WalkSequence), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WalkNullableMethod = typeof(ModelHash).GetMethod(nameof(WalkNullable), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WalkObjectMethod = typeof(ModelHash).GetMethod(nameof(WalkObject), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>16 bytes of the SHA-256 of <paramref name="value"/>'s type name and content.</summary>
    public static UInt128 Of(object value)
    {
        var writer = _writer ??= new KeyWriter("", 4096);
        writer.Clear();
        writer.Add(value.GetType().FullName);
        WalkObject(value, writer);
        return writer.Hash();
    }

    private static void Walk<T>(T value, KeyWriter writer) => Walker<T>.Write(value, writer);

    private static void WalkArray<T>(ImmutableArray<T> items, KeyWriter writer)
    {
        if (items.IsDefault)
        {
            writer.Add(-1);
            return;
        }

        writer.Add(items.Length);
        foreach (var item in items)
        {
            Walker<T>.Write(item, writer);
        }
    }

    private static void WalkSequence<T>(IEnumerable<T>? items, KeyWriter writer)
    {
        if (items is null)
        {
            writer.Add(-1);
            return;
        }

        var count = 0;
        foreach (var item in items)
        {
            writer.Add(true);
            Walker<T>.Write(item, writer);
            count++;
        }

        writer.Add(false).Add(count);
    }

    private static void WalkNullable<T>(T? value, KeyWriter writer)
        where T : struct
    {
        writer.Add(value.HasValue);
        if (value is { } v)
        {
            Walker<T>.Write(v, writer);
        }
    }

    /// <summary>A value whose declared type is not sealed: walked as its runtime type, whose name is written first.</summary>
    private static void WalkObject(object? value, KeyWriter writer)
    {
        if (value is null)
        {
            writer.Add(-1);
            return;
        }

        var type = value.GetType();
        writer.Add(type.FullName);
        ByRuntimeType.GetOrAdd(type, Compile)(value, writer);
    }

    private static Action<object, KeyWriter> Compile(Type type)
    {
        var value = Expression.Parameter(typeof(object), "value");
        var writer = Expression.Parameter(typeof(KeyWriter), "writer");
        var call = Expression.Call(WalkMethod.MakeGenericMethod(type), Expression.Convert(value, type), writer);
        return Expression.Lambda<Action<object, KeyWriter>>(call, value, writer).Compile();
    }

    /// <summary>
    /// The walk over a value of <paramref name="type"/>: strings and numbers are added in place, arrays and sequences
    /// with their length, records property by property (public, readable, except <see cref="SourceInfo"/>, in
    /// declaration order), null as a marker; a type that is not sealed is walked as its runtime type.
    /// </summary>
    private static Expression Emit(Type type, Expression value, ParameterExpression writer, bool inline)
    {
        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long))
        {
            return Expression.Call(writer, typeof(KeyWriter).GetMethod(nameof(KeyWriter.Add), [type])!, value);
        }

        if (type.IsEnum || type == typeof(byte) || type == typeof(short) || type == typeof(char) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte))
        {
            var integral = type.IsEnum ? Enum.GetUnderlyingType(type) : type;
            return Expression.Call(writer, typeof(KeyWriter).GetMethod(nameof(KeyWriter.Add), [typeof(long)])!, Expression.Convert(Expression.Convert(value, integral), typeof(long)));
        }

        if (type == typeof(double))
        {
            return Expression.Call(writer, typeof(KeyWriter).GetMethod(nameof(KeyWriter.Add), [typeof(long)])!, Expression.Call(typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!, value));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return Expression.Call(WalkNullableMethod.MakeGenericMethod(type.GetGenericArguments()[0]), value, writer);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return Expression.Call(WalkArrayMethod.MakeGenericMethod(type.GetGenericArguments()[0]), value, writer);
        }

        if (type.IsPrimitive || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type.IsPointer)
        {
            throw new NotSupportedException($"ModelHash: {type} is not supported.");
        }

        var sequence = type.GetInterfaces().Concat(type.IsInterface ? [type] : [])
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (sequence is not null)
        {
            return Expression.Call(WalkSequenceMethod.MakeGenericMethod(sequence.GetGenericArguments()[0]), Expression.Convert(value, sequence), writer);
        }

        if (!type.IsValueType && !type.IsSealed)
        {
            return Expression.Call(WalkObjectMethod, Expression.Convert(value, typeof(object)), writer);
        }

        if (!inline)
        {
            return Expression.Call(WalkMethod.MakeGenericMethod(type), value, writer);
        }

        var add = typeof(KeyWriter).GetMethod(nameof(KeyWriter.Add), [typeof(int)])!;
        var parts = new List<Expression>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(SourceInfo))
            .OrderBy(p => p.MetadataToken))
        {
            parts.Add(Emit(property.PropertyType, Expression.Property(value, property), writer, inline: false));
        }

        if (parts.Count == 0)
        {
            parts.Add(Expression.Empty());
        }

        Expression fields = Expression.Block(parts);
        if (type.IsValueType)
        {
            return fields;
        }

        return Expression.IfThenElse(
            Expression.ReferenceEqual(value, Expression.Constant(null, type)),
            Expression.Call(writer, add, Expression.Constant(-1)),
            Expression.Block(Expression.Call(writer, add, Expression.Constant(1)), fields));
    }

    /// <summary>The compiled walk over one declared type.</summary>
    private static class Walker<T>
    {
        public static readonly Action<T, KeyWriter> Write = Build();

        private static Action<T, KeyWriter> Build()
        {
            var value = Expression.Parameter(typeof(T), "value");
            var writer = Expression.Parameter(typeof(KeyWriter), "writer");
            return Expression.Lambda<Action<T, KeyWriter>>(Emit(typeof(T), value, writer, inline: true), value, writer).Compile();
        }
    }
}
