using System.Text;

namespace QcdcBot.Storage.Database;

/// <summary>Enums are stored as snake_case names so the file stays readable with the sqlite3 shell.</summary>
internal static class DbEnum
{
    public static string ToDb(Enum value)
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static T Parse<T>(string value)
        where T : struct, Enum =>
        Enum.Parse<T>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
