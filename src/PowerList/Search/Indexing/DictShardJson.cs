using System.Text.Json;

namespace PowerList.Search.Indexing;

/// <summary>A term's entry in a dictionary shard <c>dict/N</c> (<see cref="TermFiles"/>), as JSON.</summary>
internal static class DictShardJson
{
    /// <summary>
    /// <c>{"p":blob}</c> inline; <c>{"r":[pack,i]}</c> one blob with every posting; or for a common term
    /// <c>{"b":[pack,i],"c":documents,"n":min,"o":max outside a name,"t":[[pack,i,max,name max],…],"w":{"other tokens":[pack,i,bitmap 1|list 0],…}}</c>:
    /// a membership bitmap, tiers (<see cref="ImpactTiers"/>) and the stored common words starting with the term (<see cref="CommonWords"/>; no "w" when none).
    /// </summary>
    public static void WriteEntry(Utf8JsonWriter w, TermShape shape, (int Pack, int Index)[] refs)
    {
        w.WriteStartObject();
        if (shape.Inline is { } inline)
        {
            w.WriteString("p", inline);
        }
        else if (!shape.IsCommon)
        {
            WriteRef(w, "r", refs[0]);
        }
        else
        {
            WriteRef(w, "b", refs[0]);
            w.WriteNumber("c", shape.Count);
            w.WriteNumber("n", shape.Min);
            w.WriteNumber("o", shape.OtherMax);
            w.WriteStartArray("t");
            for (var t = 0; t < shape.TierMax.Length; t++)
            {
                w.WriteStartArray();
                w.WriteNumberValue(refs[t + 1].Pack);
                w.WriteNumberValue(refs[t + 1].Index);
                w.WriteNumberValue(shape.TierMax[t]);
                w.WriteNumberValue(shape.TierNameMax[t]);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            if (shape.WordKeys.Length > 0)
            {
                w.WriteStartObject("w");
                var first = 1 + shape.TierMax.Length;
                for (var k = 0; k < shape.WordKeys.Length; k++)
                {
                    w.WriteStartArray(shape.WordKeys[k]);
                    w.WriteNumberValue(refs[first + k].Pack);
                    w.WriteNumberValue(refs[first + k].Index);
                    w.WriteNumberValue(shape.WordBitmaps[k] ? 1 : 0);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteRef(Utf8JsonWriter w, string name, (int Pack, int Index) reference)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(reference.Pack);
        w.WriteNumberValue(reference.Index);
        w.WriteEndArray();
    }
}
