namespace PowerList.Generation;

/// <summary>One entry a generated jurisdiction lists, of <see cref="Agency"/>; its code is given when written.</summary>
internal sealed record LocalEntry(CorpusAgency Agency, Model.Entry Entry, LocalKind Kind);
