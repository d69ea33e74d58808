using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// Makes the <see cref="FieldSpec"/>s of record <typeparamref name="T"/> from a key, titles and the record's property
/// (<c>e =&gt; e.X</c>): the getter reads it, the binder sets it (<see cref="FieldSpec.Fill"/>, only for a value that is
/// not the default) through its <c>init</c> accessor, on a record that nothing else holds yet.
/// </summary>
public static class Spec<T>
    where T : Sourced
{
    public static FieldSpec Text(string key, string title, string description, Expression<Func<T, string>> property)
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.Text, title, description))
        {
            GetText = o => get((T)o),
            Fill = (o, r, i) =>
            {
                if (r.Text(i) is { Length: > 0 } v)
                {
                    set((T)o, v);
                }
            },
        };
    }

    public static FieldSpec Flag(string key, string title, string description, bool absent, Expression<Func<T, bool>> property)
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.Boolean, title, description))
        {
            Absent = absent,
            GetFlag = o => get((T)o),
            Fill = (o, r, i) =>
            {
                if (r.Boolean(i, absent) is var v && v != absent)
                {
                    set((T)o, v);
                }
            },
        };
    }

    public static FieldSpec TextList(string key, string title, string description, Expression<Func<T, ImmutableArray<string>>> property)
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.TextList, title, description))
        {
            GetTexts = o => get((T)o),
            Fill = (o, r, i) =>
            {
                if (r.TextList(i) is { Length: > 0 } v)
                {
                    set((T)o, v);
                }
            },
        };
    }

    public static FieldSpec TextMap(string key, string title, string description, Expression<Func<T, ImmutableSortedDictionary<string, string>>> property)
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.TextMap, title, description))
        {
            GetMap = o => get((T)o),
            Fill = (o, r, i) =>
            {
                if (r.TextMap(i) is { Count: > 0 } v)
                {
                    set((T)o, v);
                }
            },
        };
    }

    public static FieldSpec Object<TItem>(string key, string title, string description, RecordTable<TItem> item, Expression<Func<T, TItem?>> property)
        where TItem : Sourced
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.Object, title, description) { Item = item.Shape })
        {
            Item = item,
            GetObject = o => get((T)o),
            Fill = (o, r, i) =>
            {
                if (r.Object(i, item) is { } v)
                {
                    set((T)o, v);
                }
            },
        };
    }

    public static FieldSpec Objects<TItem>(string key, string title, string description, RecordTable<TItem> item,
        Expression<Func<T, ImmutableArray<TItem>>> property)
        where TItem : Sourced
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.ObjectList, title, description) { Item = item.Shape })
        {
            Item = item,
            GetItems = o => ImmutableArray<Sourced>.CastUp(get((T)o)),
            Fill = (o, r, i) =>
            {
                if (r.Objects(i, item) is { Length: > 0 } v)
                {
                    set((T)o, v);
                }
            },
        };
    }

    public static FieldSpec Citations(string key, string title, string description, RecordTable<Citation> item,
        Expression<Func<T, ImmutableArray<Citation>>> property)
    {
        var (get, set) = Accessors(property);
        return new(new Field(key, FieldKind.Citations, title, description) { Item = item.Shape })
        {
            Item = item,
            GetItems = o => ImmutableArray<Sourced>.CastUp(get((T)o)),
            Fill = (o, r, i) =>
            {
                if (r.Citations(i, item) is { Length: > 0 } v)
                {
                    set((T)o, v);
                }
            },
        };
    }

    /// <summary>
    /// The getter and the <c>init</c> setter of the property that <paramref name="property"/> names, as delegates (no
    /// compiled expression). Setting through the accessor, rather than <c>e with { X = v }</c> per field, makes one
    /// record per binding instead of one copy per field that has a value.
    /// </summary>
    private static (Func<T, TValue> Get, Action<T, TValue> Set) Accessors<TValue>(Expression<Func<T, TValue>> property)
    {
        if (property.Body is not MemberExpression { Member: PropertyInfo { GetMethod: { } get, SetMethod: { } set } } member
            || member.Expression != property.Parameters[0])
        {
            throw new ArgumentException($"Not a property of {typeof(T).Name}: {property}", nameof(property));
        }

        return (get.CreateDelegate<Func<T, TValue>>(), set.CreateDelegate<Action<T, TValue>>());
    }
}
