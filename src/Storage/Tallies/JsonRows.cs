using System.Globalization;
using System.Text.Json;

namespace QcdcBot.Storage.Tallies;

/// <summary>
/// Rows that SQLite returns packed as one JSON array of arrays (<c>json_group_array(json_array(…))</c>) for the
/// export's sheets: thousands of rows per deadline cost far more to step through one by one than to parse.
/// </summary>
internal ref struct JsonRows
{
    private Utf8JsonReader _reader;

    /// <param name="json">The array as UTF-8 (<see cref="Database.Sql.Utf8ScalarAsync"/>); empty is no rows.</param>
    public JsonRows(ReadOnlySpan<byte> json)
    {
        _reader = new Utf8JsonReader(json.IsEmpty ? "[]"u8 : json);
        _reader.Read();
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool NextRow()
    {
        // Past the previous row's end, then onto the next row's start.
        while (_reader.Read())
        {
            if (_reader.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }

            if (_reader.TokenType == JsonTokenType.EndArray && _reader.CurrentDepth == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Passes over <paramref name="columns"/> values (strings, numbers or nulls) without reading them.</summary>
    public void Skip(int columns)
    {
        for (var i = 0; i < columns; i++)
        {
            _reader.Read();
        }
    }

    public long Long()
    {
        _reader.Read();
        return _reader.GetInt64();
    }

    public int Int()
    {
        _reader.Read();
        return _reader.GetInt32();
    }

    public string? String()
    {
        _reader.Read();
        return _reader.TokenType == JsonTokenType.Null ? null : _reader.GetString();
    }

    /// <summary>An instant as the stores write it (UTC ISO 8601); any other form the general parser reads.</summary>
    public DateTimeOffset? Instant()
    {
        _reader.Read();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return _reader.TryGetDateTimeOffset(out var instant)
            ? instant.ToUniversalTime()
            : DateTimeOffset.Parse(_reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
