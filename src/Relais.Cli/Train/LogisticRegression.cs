namespace Relais.Cli.Train;

/// <summary>One training row: sparse binary features, the label and the row's weight.</summary>
internal readonly record struct Row(int[] Features, bool Label, double Weight);

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (IRLS): with a few hundred features the
/// Hessian is small, the optimum exact and the result deterministic, which keeps the model file reproducible.
/// </summary>
internal static class LogisticRegression
{
    public static double[] Fit(IReadOnlyList<Row> rows, int dimensions, double l2, int iterations = 25)
    {
        var w = new double[dimensions];
        for (var iter = 0; iter < iterations; iter++)
        {
            var gradient = new double[dimensions];
            var hessian = new double[dimensions, dimensions];
            foreach (var row in rows)
            {
                var z = 0.0;
                foreach (var f in row.Features)
                {
                    z += w[f];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var g = row.Weight * (p - (row.Label ? 1 : 0));
                var h = row.Weight * Math.Max(p * (1 - p), 1e-6);
                foreach (var f in row.Features)
                {
                    gradient[f] += g;
                    foreach (var e in row.Features)
                    {
                        hessian[f, e] += h;
                    }
                }
            }

            for (var i = 0; i < dimensions; i++)
            {
                gradient[i] += l2 * w[i];
                hessian[i, i] += l2;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < dimensions; i++)
            {
                w[i] -= step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }

            if (change < 1e-6)
            {
                break;
            }
        }

        return w;
    }

    /// <summary>Solves H x = g for a symmetric positive-definite H by Cholesky decomposition.</summary>
    internal static double[] Solve(double[,] h, double[] g)
    {
        var n = g.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = g[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
