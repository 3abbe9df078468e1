using System.Globalization;
using System.Numerics;
using System.Text;

namespace Relais.Cli.Eval;

/// <summary>An ordered JSON object, printed exactly as Python's <c>json.dumps(..., indent=2, ensure_ascii=False)</c> prints a dict.</summary>
internal sealed class PyObject : List<KeyValuePair<string, object>>
{
    public void Add(string key, object value) => Add(new KeyValuePair<string, object>(key, value));

    public string Dump(bool indent)
    {
        var builder = new StringBuilder();
        Write(builder, this, indent ? 0 : -1);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, object value, int level)
    {
        switch (value)
        {
            case PyObject obj:
                WriteObject(b, obj, level);
                break;
            case string s:
                b.Append(System.Text.Json.JsonSerializer.Serialize(s, JsonOptions.Relaxed));
                break;
            case int i:
                b.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                b.Append(PyFloat.Repr(d));
                break;
            default:
                throw new ArgumentException("unsupported value " + value.GetType().Name, nameof(value));
        }
    }

    private static void WriteObject(StringBuilder b, PyObject obj, int level)
    {
        if (obj.Count == 0)
        {
            b.Append("{}");
            return;
        }

        b.Append('{');
        for (var i = 0; i < obj.Count; i++)
        {
            if (i > 0)
            {
                b.Append(level < 0 ? ", " : ",");
            }

            if (level >= 0)
            {
                b.Append('\n').Append(' ', (level + 1) * 2);
            }

            Write(b, obj[i].Key, level);
            b.Append(": ");
            Write(b, obj[i].Value, level < 0 ? -1 : level + 1);
        }

        if (level >= 0)
        {
            b.Append('\n').Append(' ', level * 2);
        }

        b.Append('}');
    }
}

internal static class JsonOptions
{
    public static readonly System.Text.Json.JsonSerializerOptions Relaxed = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Python float semantics the scorer depends on: <c>round(x, n)</c> (exact, half to even) and <c>repr</c>.</summary>
internal static class PyFloat
{
    /// <summary>Python's round(x, digits): the exact binary value rounded half-to-even at that decimal, then read back.</summary>
    public static double Round(double x, int digits = 3)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0)
        {
            return x;
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;

        // |x| = mantissa * 2^exponent; scaled = |x| * 10^digits = num / den exactly.
        var num = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        var den = BigInteger.One;
        if (exponent > 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }

        var quotient = BigInteger.DivRem(num, den, out var remainder);
        var twice = remainder * 2;
        if (twice > den || (twice == den && !quotient.IsEven))
        {
            quotient += 1;
        }

        var text = quotient.ToString(CultureInfo.InvariantCulture) + "e-" + digits.ToString(CultureInfo.InvariantCulture);
        var rounded = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return x < 0 ? -rounded : rounded;
    }

    /// <summary>Python's repr of a float for the values the scorer prints (shortest round-trip, ".0" on integers).</summary>
    public static string Repr(double x)
    {
        var text = x.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
