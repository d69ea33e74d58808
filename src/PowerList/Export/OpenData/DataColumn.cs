namespace PowerList.Export.OpenData;

/// <summary>A column of an open-data table: its description (<see cref="DataField"/>) and how a row's cell is made.</summary>
public sealed record DataColumn<T>(DataField Field, Func<T, string> Value)
{
    public static DataColumn<T> Text(string name, string title, string description, Func<T, string> value) =>
        new(new DataField(name, "string", title, description), value);

    public static DataColumn<T> Integer(string name, string title, string description, Func<T, int> value) =>
        new(new DataField(name, "integer", title, description), x => value(x).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
