namespace RnnTools.Core.Datasets.Pickle;

/// <summary>
/// A dictionary read from a pickle: key/value pairs in insertion order. Scalar keys (text, integers, floats, booleans)
/// replace an equal key's value through a hash index, so building a large dict stays linear; other keys are appended.
/// </summary>
internal sealed class PickleDict
{
    private readonly List<KeyValuePair<object?, object?>> entries = [];
    private readonly Dictionary<object, int> index = [];

    /// <summary>The number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>Sets a key (replacing an equal scalar key's value).</summary>
    public void Set(object? key, object? value)
    {
        if (key is string or long or double or bool)
        {
            if (index.TryGetValue(key, out int position))
            {
                entries[position] = new(key, value);
                return;
            }

            index[key] = entries.Count;
        }

        entries.Add(new(key, value));
    }

    /// <summary>The value of a string key.</summary>
    public bool TryGet(string key, out object? value)
    {
        if (index.TryGetValue(key, out int position))
        {
            value = entries[position].Value;
            return true;
        }

        value = null;
        return false;
    }
}
