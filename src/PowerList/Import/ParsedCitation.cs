namespace PowerList.Import;

/// <summary>
/// One citation as read from a legal-basis cell: the source tag (法律, 法规, …), the title without 《》, the revision
/// note that followed the title, the articles (第二十二条第一款) and the quoted text. <see cref="Text"/> is set
/// instead when the piece names no 《title》.
/// </summary>
public sealed record ParsedCitation(string Tag, string Title, string Revision, string Articles, string Quote, string Text)
{
    public bool IsStructured => Title.Length > 0;

    public static ParsedCitation FreeText(string text) => new("", "", "", "", "", text);
}
