namespace Relais.Cli.Analyze;

/// <summary>
/// Maps items on the thread pool while yielding results in input order; at most a small window of items is in
/// flight, so memory stays flat however many messages stream through.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<T, TResult>(IEnumerable<T> items, Func<T, TResult> map, int? window = null)
    {
        var size = window ?? Math.Max(2, Environment.ProcessorCount * 8);
        var pending = new Queue<Task<TResult>>(size);
        foreach (var item in items)
        {
            pending.Enqueue(Task.Run(() => map(item)));
            if (pending.Count >= size)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (pending.Count > 0)
        {
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
