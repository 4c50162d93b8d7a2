namespace RnnTools.Core.Datasets.Pickle;

/// <summary>A dictionary read from a pickle: key/value pairs in insertion order, keys compared by value.</summary>
internal sealed class PickleDict
{
    private readonly List<KeyValuePair<object?, object?>> entries = [];

    /// <summary>The number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>Sets a key (replacing an equal key's value).</summary>
    public void Set(object? key, object? value)
    {
        int index = entries.FindIndex(entry => Equals(entry.Key, key));
        if (index >= 0)
        {
            entries[index] = new(key, value);
        }
        else
        {
            entries.Add(new(key, value));
        }
    }

    /// <summary>The value of a string key.</summary>
    public bool TryGet(string key, out object? value)
    {
        foreach (KeyValuePair<object?, object?> entry in entries)
        {
            if (entry.Key is string text && text == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
