using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// Makes the <see cref="FieldSpec"/>s of record <typeparamref name="T"/> from a key, titles, a getter and a setter
/// (<c>(e, v) =&gt; e with { X = v }</c>). The setter runs only for a value that is not the default.
/// </summary>
public static class Spec<T>
    where T : Sourced
{
    public static FieldSpec Text(string key, string title, string description, Func<T, string> get, Func<T, string, T> set) =>
        new(new Field(key, FieldKind.Text, title, description))
        {
            GetText = o => get((T)o),
            Bind = (o, r, i) => r.Text(i) is { Length: > 0 } v ? set((T)o, v) : o,
        };

    public static FieldSpec Flag(string key, string title, string description, bool absent, Func<T, bool> get, Func<T, bool, T> set) =>
        new(new Field(key, FieldKind.Boolean, title, description))
        {
            Absent = absent,
            GetFlag = o => get((T)o),
            Bind = (o, r, i) => r.Boolean(i, absent) is var v && v != absent ? set((T)o, v) : o,
        };

    public static FieldSpec TextList(string key, string title, string description, Func<T, ImmutableArray<string>> get, Func<T, ImmutableArray<string>, T> set) =>
        new(new Field(key, FieldKind.TextList, title, description))
        {
            GetTexts = o => get((T)o),
            Bind = (o, r, i) => r.TextList(i) is { Length: > 0 } v ? set((T)o, v) : o,
        };

    public static FieldSpec TextMap(string key, string title, string description,
        Func<T, ImmutableSortedDictionary<string, string>> get, Func<T, ImmutableSortedDictionary<string, string>, T> set) =>
        new(new Field(key, FieldKind.TextMap, title, description))
        {
            GetMap = o => get((T)o),
            Bind = (o, r, i) => r.TextMap(i) is { Count: > 0 } v ? set((T)o, v) : o,
        };

    public static FieldSpec Object<TItem>(string key, string title, string description, RecordTable<TItem> item, Func<T, TItem?> get, Func<T, TItem, T> set)
        where TItem : Sourced =>
        new(new Field(key, FieldKind.Object, title, description) { Item = item.Shape })
        {
            Item = item,
            GetObject = o => get((T)o),
            Bind = (o, r, i) => r.Object(i, item) is { } v ? set((T)o, v) : o,
        };

    public static FieldSpec Objects<TItem>(string key, string title, string description, RecordTable<TItem> item,
        Func<T, ImmutableArray<TItem>> get, Func<T, ImmutableArray<TItem>, T> set)
        where TItem : Sourced =>
        new(new Field(key, FieldKind.ObjectList, title, description) { Item = item.Shape })
        {
            Item = item,
            GetItems = o => ImmutableArray<Sourced>.CastUp(get((T)o)),
            Bind = (o, r, i) => r.Objects(i, item) is { Length: > 0 } v ? set((T)o, v) : o,
        };

    public static FieldSpec Citations(string key, string title, string description, RecordTable<Citation> item,
        Func<T, ImmutableArray<Citation>> get, Func<T, ImmutableArray<Citation>, T> set) =>
        new(new Field(key, FieldKind.Citations, title, description) { Item = item.Shape })
        {
            Item = item,
            GetItems = o => ImmutableArray<Sourced>.CastUp(get((T)o)),
            Bind = (o, r, i) => r.Citations(i, item) is { Length: > 0 } v ? set((T)o, v) : o,
        };
}
