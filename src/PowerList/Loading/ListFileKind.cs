namespace PowerList.Loading;

/// <summary>The kinds of file under <c>lists/</c>.</summary>
public enum ListFileKind
{
    Site,
    Categories,
    Departments,
    Laws,
    Synonyms,
    Catalogue,
    List,
}
